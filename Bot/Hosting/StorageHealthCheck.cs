using MentorBot.Dialogs.Abstractions.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace MentorBot.Hosting;

internal sealed class StorageHealthCheck(IEntityStore store) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await store.PingAsync(cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("The entity store cannot be reached.", e);
        }
    }
}
