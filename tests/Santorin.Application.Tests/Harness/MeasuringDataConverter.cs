using Microsoft.DurableTask;
using Microsoft.DurableTask.Converters;

namespace Santorin.Application.Tests.Harness;

/// <summary>
/// The Durable Task JSON converter, measuring every payload it writes: orchestration inputs and
/// outputs, activity inputs and outputs, custom status.
/// </summary>
public sealed class MeasuringDataConverter : DataConverter
{
    private readonly DataConverter _inner = JsonDataConverter.Default;
    private int _largest;
    private string _largestType = "";

    public int Largest => Volatile.Read(ref _largest);

    public string LargestType => _largestType;

    public override string? Serialize(object? value)
    {
        var text = _inner.Serialize(value);
        var length = text?.Length ?? 0;
        lock (_inner)
        {
            if (length > _largest)
            {
                _largest = length;
                _largestType = value?.GetType().Name ?? "null";
            }
        }

        return text;
    }

    public override object? Deserialize(string? data, Type targetType) => _inner.Deserialize(data, targetType);
}
