namespace Santorin.Infrastructure.Cyclades;

public sealed record CycladesPublication(bool Published, DateTimeOffset? PublishedAt);
