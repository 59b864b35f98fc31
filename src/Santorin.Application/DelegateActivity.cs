using Microsoft.DurableTask;

namespace Santorin.Application;

/// <summary>An activity whose body is a method of a service resolved from the container.</summary>
internal sealed class DelegateActivity<TInput, TOutput>(Func<TInput, Task<TOutput>> run)
    : TaskActivity<TInput, TOutput>
{
    public override Task<TOutput> RunAsync(TaskActivityContext context, TInput input) => run(input);
}
