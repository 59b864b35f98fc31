using Santorin.Infrastructure.Storage;

namespace Santorin.Infrastructure.Tests.Storage;

public sealed class StorageKeysTests
{
    [Theory]
    [InlineData("")]
    [InlineData("a/b")]
    [InlineData("a\\b")]
    [InlineData("a#b")]
    [InlineData("a?b")]
    [InlineData("a\tb")]
    [InlineData("a\u0000b")]
    [InlineData("a\u007fb")]
    [InlineData("a\u0085b")]
    public void EnsureValid_RefusedCharacterOrEmpty_ThrowsArgumentException(string value)
    {
        var error = Assert.Throws<ArgumentException>(() => StorageKeys.EnsureValid(value, "candidate number"));

        Assert.Equal("candidate number", error.ParamName);
    }

    [Fact]
    public void EnsureValid_Null_ThrowsArgumentException()
    {
        Assert.Throws<ArgumentException>(() => StorageKeys.EnsureValid(null, "exam id"));
    }

    [Fact]
    public void EnsureValid_LongerThanOneKibibyte_ThrowsArgumentException()
    {
        Assert.Throws<ArgumentException>(() => StorageKeys.EnsureValid(new string('a', 1025), "exam id"));
        Assert.Throws<ArgumentException>(() => StorageKeys.EnsureValid(new string('é', 513), "exam id"));
    }

    [Theory]
    [InlineData("02612345678")]
    [InlineData("BAC-2026_philo")]
    [InlineData("N'Diaye Élodie")]
    public void EnsureValid_AcceptedValue_ReturnsIt(string value)
    {
        Assert.Equal(value, StorageKeys.EnsureValid(value, "key"));
        Assert.Equal(new string('a', 1024), StorageKeys.EnsureValid(new string('a', 1024), "key"));
    }

    [Fact]
    public void Bucket_KnownValues_StayTheSameAcrossProcesses()
    {
        // Pinned: a changed hash would hide every ledger entry already written.
        var buckets = new[] { "02612345678", "C0001", "" }.Select(key => StorageKeys.Bucket(key, 16)).ToList();

        Assert.Equal([1, 15, 5], buckets);
        Assert.Equal([Fnv("02612345678"), Fnv("C0001"), Fnv("")], buckets);
    }

    [Fact]
    public void Bucket_ManyKeys_SpreadsOverEveryBucket()
    {
        var buckets = Enumerable.Range(0, 1000).Select(i => StorageKeys.Bucket($"026{i:00000000}", 16));

        var counts = buckets.CountBy(bucket => bucket).ToDictionary();

        Assert.Equal(16, counts.Count);
        Assert.All(counts.Values, count => Assert.InRange(count, 30, 100));
    }

    /// <summary>FNV-1a written out independently, over the two bytes of each UTF-16 unit, low first.</summary>
    private static int Fnv(string value)
    {
        var hash = 2166136261u;
        foreach (var b in System.Text.Encoding.Unicode.GetBytes(value))
        {
            hash = unchecked((hash ^ b) * 16777619u);
        }

        return (int)(hash % 16);
    }
}
