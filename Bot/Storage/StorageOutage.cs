using System.Net.Sockets;
using Azure;

namespace MentorBot.Storage;

/// <summary>
/// Tells an outage of the storage account (unreachable, or answering 5xx after the client's own retries) from a bug,
/// so a user hears "nothing was changed, try again in a few minutes" rather than a generic apology.
/// </summary>
public static class StorageOutage
{
    public static bool Is(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case RequestFailedException { Status: 0 or >= 500 }:
                case SocketException:
                case HttpRequestException { StatusCode: null }:
                    return true;
                case AggregateException aggregate when aggregate.InnerExceptions.Any(Is):
                    return true;
            }
        }

        return false;
    }
}
