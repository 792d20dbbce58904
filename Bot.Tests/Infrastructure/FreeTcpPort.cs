using System.Net;
using System.Net.Sockets;

namespace MentorBot.Tests.Infrastructure;

/// <summary>A loopback port that was free a moment ago; servers started on it should retry if someone took it since.</summary>
public static class FreeTcpPort
{
    public static int OnLoopback()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
