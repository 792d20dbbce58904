using System.Net;
using System.Net.Sockets;

namespace MentorBot.Tests.Infrastructure;

/// <summary>Loopback ports for servers the tests start.</summary>
public static class TestPorts
{
    /// <summary>A port free right now on 127.0.0.1. Another process may take it before use: callers retry on failure.</summary>
    public static int Free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Whether something accepts connections on 127.0.0.1:<paramref name="port"/>.</summary>
    public static async Task<bool> IsListeningAsync(int port, CancellationToken cancellationToken)
    {
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync(IPAddress.Loopback, port, cancellationToken);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
