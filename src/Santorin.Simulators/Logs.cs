
namespace Santorin.Simulators;

internal static partial class Logs
{
    [LoggerMessage(
        EventId = 100,
        Level = LogLevel.Debug,
        Message = "{System} simulator answered {Method} with {Status} ({Outcome})")]
    public static partial void CallAnswered(ILogger logger, string system, string method, int status, string outcome);

    [LoggerMessage(
        EventId = 101,
        Level = LogLevel.Information,
        Message = "{System} simulator dropped the connection of a {Method} after answering {Status}")]
    public static partial void ConnectionDropped(ILogger logger, string system, string method, int status);

    [LoggerMessage(
        EventId = 102,
        Level = LogLevel.Information,
        Message = "Simulators listening on {Address}")]
    public static partial void Listening(ILogger logger, string address);
}
