using System.Collections.Concurrent;
using MentorBot.Dialogs.Abstractions.Messaging;
using MentorBot.Dialogs.Conversations.Nudges;
using MentorBot.Dialogs.Domain.Digests;
using MentorBot.Dialogs.Domain.Participants;
using MentorBot.Dialogs.Domain.Programmes;
using MentorBot.Dialogs.Stores;
using Microsoft.Extensions.Logging;

namespace MentorBot.Dialogs.Conversations.Digests;

/// <summary>
/// Sends the scheduled lead digests that are due (<see cref="DigestSchedule"/>), for every open programme, to each
/// destination: each lead's personal chat, on that lead's clock and in their language; or the programme's channel, on
/// its first lead's clock and in their language. A digest is recorded first (insert-only, once per programme,
/// destination and period, so a second run or a second server composes nothing) and then handed to the messenger under
/// the key ("digest", programme : destination, period), which delivers it once; a run that stopped in between is
/// finished by a later one in the same period (after <see cref="ResumeAfter"/>). Safe to run twice at once.
/// </summary>
public sealed partial class DigestDispatch(
    ProgrammeStore programmes,
    ParticipantStore participants,
    ScheduledDigestStore digests,
    DigestComposer composer,
    Notices notices,
    ITeamChannels channels,
    LeadHours leadHours,
    DigestTiming timing,
    TimeProvider time,
    ILogger<DigestDispatch> logger)
{
    public const string MessageKind = "digest";

    /// <summary>
    /// How long a recorded digest is left to the run that recorded it before another run takes it as stopped and sends
    /// it: longer than a send takes, shorter than the job's interval, so the next run finishes what a stop cut short.
    /// </summary>
    public static readonly TimeSpan ResumeAfter = TimeSpan.FromMinutes(5);

    // What this process knows is settled (programme, destination, period): skips a read per destination per run for
    // the rest of a period. Only an optimisation: the store decides.
    private readonly ConcurrentDictionary<(string Programme, string Destination, string Period), byte> _settled = new();

    /// <summary>"digest:&lt;programme&gt;:&lt;destination address&gt;:&lt;period&gt;".</summary>
    public static IdempotencyKey KeyOf(string programmeId, Recipient to, string period)
    {
        ArgumentNullException.ThrowIfNull(to);
        return IdempotencyKey.For(MessageKind, programmeId + ":" + to.Address, period);
    }

    /// <returns>How many digests this run handed to the messenger.</returns>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var handed = 0;
        await foreach (var programme in programmes.ListAsync(cancellationToken))
        {
            // A closed programme gets no more scheduled digests: its pairs are over and its leads have the end survey.
            if (!programme.IsOpen || programme.Leads.Count == 0)
                continue;
            foreach (var (to, writtenFor) in await DestinationsAsync(programme, cancellationToken))
            {
                cancellationToken.ThrowIfCancellationRequested();
                var zone = await ZoneOfAsync(programme, writtenFor, cancellationToken);
                if (DigestSchedule.Due(programme, timing.LocalHour, zone, time.GetUtcNow()) is { } due && await SendAsync(programme, to, writtenFor, due, zone, cancellationToken))
                    handed++;
            }
        }

        if (_settled.Count > 100_000)
            _settled.Clear();
        return handed;
    }

    private async Task<bool> SendAsync(Programme programme, Recipient to, string writtenFor, DigestDue due, TimeZoneInfo zone, CancellationToken cancellationToken)
    {
        var destination = ScheduledDigestStore.DestinationOf(to.Address);
        var memo = (programme.Id, destination, due.Period);
        if (_settled.ContainsKey(memo))
            return false;
        var stored = await digests.GetVersionedAsync(programme.Id, due.Period, destination, cancellationToken);
        if (stored is { Row.AwaitsSending: false })
        {
            _settled.TryAdd(memo, 0);
            return false;
        }

        // Recorded by a run still sending it (two runs at once): that run finishes it.
        if (stored is { Row: { AwaitsSending: true } recordedBefore } && recordedBefore.RecordedAt + ResumeAfter > time.GetUtcNow())
            return false;

        if (stored is null)
        {
            var recorded = new ScheduledDigest { ProgrammeId = programme.Id, Period = due.Period, Destination = destination, DueAt = due.At, RecordedAt = time.GetUtcNow(), AwaitsSending = true };

            // Another run recorded it first: that run sends it, or the next one does if it stopped.
            if (!await digests.TryCreateAsync(recorded, cancellationToken))
                return false;
            stored = await digests.GetVersionedAsync(programme.Id, due.Period, destination, cancellationToken);
        }

        var key = KeyOf(programme.Id, to, due.Period);
        var now = time.GetUtcNow();
        var result = to is ChannelPost channel
            ? await notices.PostAsync(programme.TenantId, channel, writtenFor, key, text => composer.ComposeAsync(programme, text, now, new DigestOptions(zone.Id, InChannel: true), cancellationToken), cancellationToken)
            : await notices.SendAsync(programme.TenantId, writtenFor, key, text => composer.ComposeAsync(programme, text, now, new DigestOptions(zone.Id), cancellationToken), cancellationToken);
        LogHanded(logger, programme.Id, due.Period, result.Outcome);

        // The messenger has it (sent, kept in its outbox, or settled): this period's digest is done for this destination.
        if (stored is { Row.AwaitsSending: true } found)
            await digests.TrySaveAsync(found.Row with { AwaitsSending = false }, found.Version, cancellationToken);
        _settled.TryAdd(memo, 0);
        return true;
    }

    // Each lead's personal chat, or the programme's channel written for its first lead.
    private async Task<IReadOnlyList<(Recipient To, string WrittenFor)>> DestinationsAsync(Programme programme, CancellationToken cancellationToken)
    {
        if (programme.Digest is not { ChannelId: { } channelId } settings)
            return [.. programme.Leads.Select(lead => (Recipient.Person(lead), lead))];
        var teamId = settings.TeamId;

        // Saved before the team was recorded with the channel: the team is the one the bot knows the channel in.
        if (teamId is null)
            teamId = (await channels.ForTenantAsync(programme.TenantId, cancellationToken)).FirstOrDefault(c => c.ChannelId == channelId)?.TeamId;
        if (teamId is null)
        {
            LogUnknownChannel(logger, programme.Id);
            return [];
        }

        return [(Recipient.Channel(teamId, channelId), programme.Leads[0])];
    }

    // A lead in the programme has a time zone from onboarding; others from the directory (Graph's mailbox settings); else UTC.
    private async Task<TimeZoneInfo> ZoneOfAsync(Programme programme, string lead, CancellationToken cancellationToken)
    {
        var zone = (await participants.GetAsync(programme.Id, programme.TenantId, lead, cancellationToken))?.WorkingHours?.TimeZone
            ?? (await leadHours.OfAsync(programme.TenantId, lead, cancellationToken))?.TimeZone;
        return TimeZones.TryFind(zone, out var found) ? found : TimeZoneInfo.Utc;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Scheduled digest of programme {ProgrammeId} for {Period} handed to the messenger: {Outcome}")]
    private static partial void LogHanded(ILogger logger, string programmeId, string period, SendOutcome outcome);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Programme {ProgrammeId} sends its digest to a channel of no team the bot knows; no digest until a lead chooses another destination")]
    private static partial void LogUnknownChannel(ILogger logger, string programmeId);
}
