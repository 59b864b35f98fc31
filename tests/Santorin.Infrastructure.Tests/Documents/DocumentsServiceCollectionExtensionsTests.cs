using Azure.Storage.Blobs;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Santorin.Infrastructure.Documents;
using Santorin.Testing;

namespace Santorin.Infrastructure.Tests.Documents;

public sealed class DocumentsServiceCollectionExtensionsTests
{
    [Fact]
    public void AddDocuments_EditionSection_BindsItAndResolvesEveryService()
    {
        using var provider = Provider(new() { ["Edition:LinkLifetime"] = "00:05:00" });

        var options = provider.GetRequiredService<IOptions<EditionOptions>>().Value;

        Assert.Equal(TimeSpan.FromMinutes(5), options.LinkLifetime);
        Assert.Equal(("scans", "documents"), (options.ScansContainer, options.DocumentsContainer));
        Assert.IsType<PdfSharpCopyRenderer>(provider.GetRequiredService<ICopyRenderer>());
        Assert.NotNull(provider.GetRequiredService<CopyPdfStore>());
        Assert.NotNull(provider.GetRequiredService<CopyArchiveWriter>());
        Assert.NotNull(provider.GetRequiredService<DocumentLinks>());
    }

    [Fact]
    public void AddDocuments_NoEditionSection_LinksLastFifteenMinutes()
    {
        using var provider = Provider([]);

        var options = provider.GetRequiredService<IOptions<EditionOptions>>().Value;

        Assert.Equal(TimeSpan.FromMinutes(15), options.LinkLifetime);
    }

    [Theory]
    [InlineData("Edition:LinkLifetime", "00:00:10")]
    [InlineData("Edition:LinkLifetime", "2.00:00:00")]
    [InlineData("Edition:DocumentsContainer", "Not_A_Container")]
    public void AddDocuments_InvalidSetting_FailsNamingIt(string key, string value)
    {
        using var provider = Provider(new() { [key] = value });

        var error = Assert.Throws<OptionsValidationException>(
            () => provider.GetRequiredService<IOptions<EditionOptions>>().Value);

        Assert.Contains(key.Split(':')[1], error.Message, StringComparison.Ordinal);
    }

    private static ServiceProvider Provider(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(new BlobServiceClient(AzuriteServer.ConnectionString));
        services.AddDocuments(configuration);
        return services.BuildServiceProvider();
    }
}
