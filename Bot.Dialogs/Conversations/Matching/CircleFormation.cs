using System.Security.Cryptography;
using System.Text;
using MentorBot.Dialogs.Cards;
using MentorBot.Dialogs.Domain.Circles;
using MentorBot.Dialogs.Domain.Matching.Circles;
using MentorBot.Dialogs.Domain.Participants;
using MentorBot.Dialogs.Domain.Programmes;
using MentorBot.Dialogs.Stores;

namespace MentorBot.Dialogs.Conversations.Matching;

/// <summary>
/// Circles for group programmes: the plan the programme's people not yet in a circle would form (the lead's preview),
/// and forming it when the lead presses the preview's button. A press forms exactly the plan the lead saw: the plan
/// is named by a fingerprint of its circles, and a press whose fingerprint no longer matches (people joined, left or
/// changed since) forms nothing. Forming saves the circles and introduces every member to theirs, once.
/// </summary>
public sealed class CircleFormation(MatchingRounds rounds, CircleStore circles, Notices notices, TimeProvider time)
{
    /// <summary>What a press did.</summary>
    public enum Result
    {
        Formed,
        AlreadyFormed,
        Stale,
    }

    public async Task<CirclePreviewCard.View> PreviewAsync(Programme programme, CancellationToken cancellationToken)
    {
        var (view, _) = await PlanAsync(programme, cancellationToken);
        return view;
    }

    /// <summary>Forms the plan named <paramref name="planId"/> if it is still what the programme's people would form.</summary>
    public async Task<(Result Result, CirclePreviewCard.View View)> FormAsync(Programme programme, string planId, CancellationToken cancellationToken)
    {
        var (current, people) = await PlanAsync(programme, cancellationToken);
        var stored = (await circles.InProgrammeAsync(programme.Id, cancellationToken)).Where(c => c.FormationId == planId).ToList();
        if (stored.Count > 0)
        {
            // Introduced again: a process that stopped between saving and sending must not lose them, and each
            // message's idempotency key keeps anyone already introduced from hearing it twice.
            var formedPlan = AsPlan(stored, people);
            await IntroduceAsync(programme, formedPlan.Circles, stored, cancellationToken);
            return (Result.AlreadyFormed, new CirclePreviewCard.View(formedPlan, planId, 0, Formed: true));
        }

        if (current.Plan.Circles.Count == 0 || current.PlanId != planId)
            return (Result.Stale, current);

        var records = RecordsOf(programme.Id, current.Plan, planId, time.GetUtcNow());
        var formed = current with { Formed = true };

        // The other press of a double press inserted them first and introduces the members.
        if (!await circles.TryInsertAllAsync(records, cancellationToken))
            return (Result.AlreadyFormed, formed);

        await IntroduceAsync(programme, current.Plan.Circles, records, cancellationToken);
        return (Result.Formed, formed);
    }

    /// <summary>The records that store a plan's circles.</summary>
    public static IReadOnlyList<CircleRecord> RecordsOf(string programmeId, CirclePlan plan, string planId, DateTimeOffset formedAt) =>
    [
        .. plan.Circles.Select(c => new CircleRecord
        {
            Id = CircleRecord.IdFor(planId, c.Number),
            ProgrammeId = programmeId,
            FormationId = planId,
            Number = c.Number,
            Members = [.. c.Members.Select(m => new CircleMember(m.TenantId, m.UserObjectId))],
            FacilitatorId = c.Facilitator.UserObjectId,
            FacilitatorReason = c.FacilitatorReason,
            FormedAt = formedAt,
        }),
    ];

    // One introduction per member of each circle, keyed by the stored circle so it is delivered once however often asked.
    private async Task IntroduceAsync(Programme programme, IEnumerable<Circle> shown, IReadOnlyList<CircleRecord> records, CancellationToken cancellationToken)
    {
        foreach (var circle in shown)
        {
            var record = records.First(r => r.Number == circle.Number);
            foreach (var member in circle.Members)
            {
                await notices.SendAsync(
                    member.TenantId,
                    member.UserObjectId,
                    "circleIntroduction",
                    $"{programme.Id}/{record.Id}",
                    text => (null, CircleIntroductionCard.Build(programme, circle, member, text)),
                    cancellationToken);
            }
        }
    }

    /// <summary>A fingerprint of a plan: each circle's number, facilitator and members, hashed (stable across processes).</summary>
    private static string PlanIdOf(CirclePlan plan)
    {
        var text = string.Join(';', plan.Circles.Select(c => $"{c.Number}:{c.Facilitator.UserObjectId}:{string.Join(',', c.Members.Select(m => m.UserObjectId))}"));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)), 0, 10);
    }

    // The plan of the people in no circle yet; members of formed circles are never placed again.
    private async Task<(CirclePreviewCard.View View, IReadOnlyList<Participant> People)> PlanAsync(Programme programme, CancellationToken cancellationToken)
    {
        var snapshot = await rounds.BuildAsync(programme, cancellationToken);
        var placed = (await circles.InProgrammeAsync(programme.Id, cancellationToken))
            .SelectMany(c => c.Members).Select(m => m.UserObjectId).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var newcomers = snapshot.People.Where(p => !placed.Contains(p.UserObjectId)).ToList();
        var plan = CircleFormer.Form(programme, newcomers, snapshot.Round.ReferenceDate, snapshot.Round.Seed);
        return (new CirclePreviewCard.View(plan, PlanIdOf(plan), placed.Count), snapshot.People);
    }

    // Stored circles as the card shows them; a member who erased their data is no longer shown, and a circle whose
    // facilitator did is left out (the card would have nobody to name).
    private static CirclePlan AsPlan(IEnumerable<CircleRecord> stored, IReadOnlyList<Participant> people)
    {
        Participant? Find(string? id) => people.FirstOrDefault(p => string.Equals(p.UserObjectId, id, StringComparison.OrdinalIgnoreCase));
        var shown = new List<Circle>();
        foreach (var record in stored.OrderBy(c => c.Number))
        {
            if (Find(record.FacilitatorId) is { } facilitator && record.FacilitatorReason is { } reason)
                shown.Add(new Circle(record.Number, [.. record.Members.Select(m => Find(m.UserObjectId)).OfType<Participant>()], facilitator, reason, 0));
        }

        return new CirclePlan(shown, 0);
    }
}
