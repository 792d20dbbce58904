using MentorBot.Dialogs.Abstractions.Calendar;
using MentorBot.Dialogs.Domain.Scheduling;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Users.Item.Calendar.GetSchedule;
using TimeRange = MentorBot.Dialogs.Domain.Scheduling.TimeRange;

namespace MentorBot.Graph;

/// <summary>
/// Free/busy through POST /users/{id}/calendar/getSchedule: everyone in one request (Graph takes up to 20 schedules
/// per call; more are asked 20 at a time), times asked and answered in UTC.
/// </summary>
public sealed class GraphSchedules(GraphServiceClient client, GraphUsers users)
{
    public const int MaxSchedulesPerRequest = 20;

    /// <summary>The grain of the availability view Graph returns with each schedule.</summary>
    public static readonly TimeSpan ViewInterval = TimeSpan.FromMinutes(15);

    public async Task<CalendarResult<FreeBusy>> GetAsync(IReadOnlyList<string> people, TimeRange window, CancellationToken cancellationToken)
    {
        var schedules = new List<PersonSchedule>();
        foreach (var batch in people.Chunk(MaxSchedulesPerRequest))
        {
            var addresses = new List<string>();
            foreach (var person in batch)
                addresses.Add(await users.AddressOfAsync(person, cancellationToken));

            var body = new GetSchedulePostRequestBody
            {
                Schedules = addresses,
                StartTime = GraphDateTimes.ToGraph(window.Start),
                EndTime = GraphDateTimes.ToGraph(window.End),
                AvailabilityViewInterval = (int)ViewInterval.TotalMinutes,
            };

            // Any mailbox of the tenant can ask for everyone's schedule; the first person's does.
            var response = await client.Users[batch[0]].Calendar.GetSchedule.PostAsGetSchedulePostResponseAsync(
                body, request => request.Headers.Add("Prefer", "outlook.timezone=\"UTC\""), cancellationToken);
            var answers = response?.Value ?? throw new GraphAnswerException("Graph answered getSchedule without a list of schedules.");

            for (var i = 0; i < batch.Length; i++)
            {
                var answer = Find(answers, addresses[i], i, batch.Length) ?? throw new GraphAnswerException($"Graph returned no schedule for {batch[i]} ({answers.Count} for {batch.Length} asked).");
                if (answer.Error is { } error)
                {
                    var outcome = error.ResponseCode?.Contains("AccessDenied", StringComparison.OrdinalIgnoreCase) == true ? CalendarOutcome.ConsentMissing : CalendarOutcome.Failed;
                    return CalendarResult.Fail<FreeBusy>(outcome, $"Graph could not read {batch[i]}'s calendar: {error.ResponseCode}: {error.Message}");
                }

                schedules.Add(Read(batch[i], answer, window));
            }
        }

        return CalendarResult.Ok(new FreeBusy(window, schedules));
    }

    // Graph names each answer by the address asked; an answer without a name is taken by position.
    private static ScheduleInformation? Find(List<ScheduleInformation> answers, string address, int index, int asked) =>
        answers.FirstOrDefault(a => string.Equals(a.ScheduleId, address, StringComparison.OrdinalIgnoreCase))
        ?? (answers.Count == asked && answers[index].ScheduleId is null ? answers[index] : null);

    /// <summary>
    /// Busy blocks are the schedule's items that are not free (tentative and out of office count: a slot over them
    /// would be declined), united with what the availability view marks, in case items are hidden.
    /// </summary>
    private static PersonSchedule Read(string person, ScheduleInformation answer, TimeRange window)
    {
        var view = new AvailabilityView(window.Start, ViewInterval, answer.AvailabilityView ?? string.Empty);
        if (view.Slots.Any(slot => slot is < '0' or > '4'))
            throw new GraphAnswerException($"Graph's availability view for {person} is not a string of digits 0-4: '{view.Slots}'.");

        var items = new List<TimeRange>();
        foreach (var item in answer.ScheduleItems ?? [])
        {
            if (item.Status is FreeBusyStatus.Free or FreeBusyStatus.WorkingElsewhere)
                continue;
            var start = GraphDateTimes.FromGraph(item.Start, $"the start of an item in {person}'s schedule");
            var end = GraphDateTimes.FromGraph(item.End, $"the end of an item in {person}'s schedule");
            if (end < start)
                throw new GraphAnswerException($"An item in {person}'s schedule ends ({end:O}) before it starts ({start:O}).");
            items.Add(new TimeRange(start, end));
        }

        return new PersonSchedule(person, TimeRanges.Merge(items.Concat(view.BusyRanges())), view) { Items = items };
    }
}
