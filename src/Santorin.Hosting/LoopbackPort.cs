using System.Net;
using System.Net.Sockets;

namespace Santorin.Hosting;

public static class LoopbackPort
{
    /// <summary>A port free on the loopback interface now (the system picks it).</summary>
    public static int Free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
