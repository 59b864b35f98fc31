using System.Diagnostics.CodeAnalysis;

namespace Santorin.Infrastructure.External;

/// <summary>The answer of an external call: a value, or the failure that took its place.</summary>
public sealed record ExternalResult<T>
    where T : class
{
    internal ExternalResult(T? value, ExternalFailure? failure)
    {
        Value = value;
        Failure = failure;
    }

    public T? Value { get; }

    public ExternalFailure? Failure { get; }

    [MemberNotNullWhen(true, nameof(Value))]
    [MemberNotNullWhen(false, nameof(Failure))]
    public bool Succeeded => Value is not null;
}

public static class ExternalResult
{
    public static ExternalResult<T> Success<T>(T value)
        where T : class =>
        new(value ?? throw new ArgumentNullException(nameof(value)), null);

    public static ExternalResult<T> Failed<T>(ExternalFailure failure)
        where T : class =>
        new(null, failure ?? throw new ArgumentNullException(nameof(failure)));
}
