using Microsoft.Extensions.Time.Testing;

namespace Santorin.Infrastructure.Tests.External;

internal static class FakeClock
{
    public static readonly DateTimeOffset Start = new(2026, 6, 24, 16, 5, 0, TimeSpan.Zero);

    /// <summary>
    /// Waits for a call whose waits run on <paramref name="time"/>, moving the clock on in small steps
    /// while it is pending: the call sees time pass, the test does not sleep through it.
    /// </summary>
    public static async Task<T> RunAsync<T>(FakeTimeProvider time, Task<T> call, TimeSpan? step = null)
    {
        var increment = step ?? TimeSpan.FromMilliseconds(250);
        for (var i = 0; i < 4_000 && !call.IsCompleted; i++)
        {
            await Task.WhenAny(call, Task.Delay(5));
            if (!call.IsCompleted)
            {
                time.Advance(increment);
            }
        }

        Assert.True(call.IsCompleted, "The call did not end while the fake clock moved on.");
        return await call;
    }
}
