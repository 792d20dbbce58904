using MentorBot.Dialogs.Abstractions.Calendar;
using MentorBot.Dialogs.Abstractions.Directory;
using MentorBot.Hosting;
using Microsoft.Extensions.Options;

namespace MentorBot.Graph;

/// <summary>
/// The directory over Graph: department, job title, language and name from the user, working hours and time zone
/// from the mailbox settings. Whichever of the two Graph refuses is simply missing: onboarding asks for it.
/// </summary>
public sealed class GraphDirectory(GraphUsers users, GraphMailboxes mailboxes, GraphCalls calls, IOptions<GraphOptions> options) : IDirectory
{
    public async Task<DirectoryProfile?> FindAsync(string tenantId, string userObjectId, CancellationToken cancellationToken)
    {
        if (!string.Equals(tenantId, options.Value.TenantId, StringComparison.OrdinalIgnoreCase))
            return null;

        var user = await calls.RunAsync("user", async () => CalendarResult.Ok(await users.GetAsync(userObjectId, cancellationToken)), cancellationToken);
        var mailbox = await calls.RunAsync("mailboxSettings", async () => CalendarResult.Ok(await mailboxes.GetAsync(userObjectId, cancellationToken)), cancellationToken);
        if (!user.IsOk && !mailbox.IsOk)
            return null;

        var person = user.Value;
        var hours = mailbox.Value?.Hours;
        return new DirectoryProfile(
            person?.DisplayName,
            person?.Department,
            person?.JobTitle,
            hours?.TimeZone ?? mailbox.Value?.TimeZone,
            hours?.Start,
            hours?.End,
            hours?.Days,
            person?.PreferredLanguage);
    }
}
