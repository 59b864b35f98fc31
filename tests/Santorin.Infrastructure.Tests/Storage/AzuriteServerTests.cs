using System.Net.Sockets;
using Santorin.Testing;

namespace Santorin.Infrastructure.Tests.Storage;

public sealed class AzuriteServerTests
{
    [Fact]
    public void ConnectionString_FirstUse_StartsAzuriteListeningOnItsTablePort()
    {
        var connectionString = AzuriteServer.ConnectionString;

        var table = connectionString
            .Split(';')
            .Single(part => part.StartsWith("TableEndpoint=", StringComparison.Ordinal));
        var uri = new Uri(table["TableEndpoint=".Length..]);
        using var client = new TcpClient();
        client.Connect(uri.Host, uri.Port);
        Assert.True(client.Connected);
    }
}
