using Hangfire;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace MentorBot.Hosting;

internal sealed class JobStorageHealthCheck(JobStorage storage) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            // A real round-trip to the job storage; Hangfire's storage API is synchronous.
            using var connection = storage.GetConnection();
            connection.GetAllItemsFromSet("mentorbot:health");
            return Task.FromResult(HealthCheckResult.Healthy());
        }
        catch (Exception e)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("The job storage cannot be reached.", e));
        }
    }
}
