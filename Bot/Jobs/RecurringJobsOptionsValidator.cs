using Cronos;
using MentorBot.Dialogs.Domain.Participants;
using Microsoft.Extensions.Options;

namespace MentorBot.Jobs;

/// <summary>Stops start-up on a schedule Hangfire could not run: a cron it cannot parse, or a time zone this machine does not know.</summary>
public sealed class RecurringJobsOptionsValidator : IValidateOptions<RecurringJobsOptions>
{
    public ValidateOptionsResult Validate(string? name, RecurringJobsOptions options)
    {
        var failures = new List<string>();
        foreach (var (job, schedule) in options.All())
        {
            var prefix = $"{RecurringJobsOptions.Section}:{job}";
            if (ParseError(schedule?.Cron) is { } error)
                failures.Add($"{prefix}:Cron \"{schedule?.Cron}\" is not a cron expression Hangfire can run (five fields, or six with seconds): {error}");
            if (!TimeZones.IsKnown(schedule?.TimeZone))
                failures.Add($"{prefix}:TimeZone \"{schedule?.TimeZone}\" is not a time zone this machine knows (use an IANA id such as Europe/Paris, or UTC).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    // Cronos is the parser Hangfire itself uses; a macro (@daily) or 5/6 fields as Hangfire accepts them.
    private static string? ParseError(string? cron)
    {
        if (string.IsNullOrWhiteSpace(cron))
            return "it is empty.";
        var fields = cron.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        if (fields is not (1 or 5 or 6))
            return $"it has {fields} fields.";
        try
        {
            CronExpression.Parse(cron, fields == 6 ? CronFormat.IncludeSeconds : CronFormat.Standard);
            return null;
        }
        catch (CronFormatException e)
        {
            return e.Message;
        }
    }
}
