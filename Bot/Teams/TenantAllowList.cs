using MentorBot.Dialogs.Conversations;
using MentorBot.Dialogs.Localization;
using MentorBot.Hosting;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Options;

namespace MentorBot.Teams;

/// <summary>
/// Refuses activities from tenants outside MentorBot:AllowedTenants (empty allows all): a clear message to
/// the user, a log line for the operator, and the turn stops before any handler or store sees it.
/// </summary>
public sealed partial class TenantAllowList(IOptionsMonitor<MentorBotOptions> options, ILogger<TenantAllowList> logger) : Microsoft.Bot.Builder.IMiddleware
{
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        var allowed = options.CurrentValue.AllowedTenants;
        if (allowed.Count == 0)
        {
            await next(cancellationToken);
            return;
        }

        var tenant = TeamsIdentity.TenantOf(turnContext.Activity);
        if (tenant is not null && allowed.Contains(tenant, StringComparer.OrdinalIgnoreCase))
        {
            await next(cancellationToken);
            return;
        }

        LogRefused(logger, tenant ?? "(none)", turnContext.Activity.Type, turnContext.Activity.From?.AadObjectId);
        if (turnContext.Activity.Type is ActivityTypesNames.Message or ActivityTypesNames.InstallationUpdate)
            await turnContext.SendActivityAsync(new Localizer(turnContext.Activity.Locale)["TenantNotAllowed"], cancellationToken: cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused a {ActivityType} activity from tenant {TenantId} (user {UserObjectId}): not in MentorBot:AllowedTenants")]
    private static partial void LogRefused(ILogger logger, string tenantId, string activityType, string? userObjectId);
}
