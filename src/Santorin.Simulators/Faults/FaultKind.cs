using System.Text.Json.Serialization;

namespace Santorin.Simulators.Faults;

[JsonConverter(typeof(JsonStringEnumConverter<FaultKind>))]
public enum FaultKind
{
    [JsonStringEnumMemberName("none")]
    None,

    /// <summary>Answer 503 without applying anything.</summary>
    [JsonStringEnumMemberName("unavailable")]
    Unavailable,

    /// <summary>Answer 429 with <c>Retry-After</c>, without applying anything.</summary>
    [JsonStringEnumMemberName("too-many-requests")]
    TooManyRequests,

    /// <summary>Apply the call, then drop the connection: the change happened, the client saw no answer.</summary>
    [JsonStringEnumMemberName("drop-after-apply")]
    DropAfterApply,
}
