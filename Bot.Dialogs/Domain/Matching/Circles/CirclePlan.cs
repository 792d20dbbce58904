namespace MentorBot.Dialogs.Domain.Matching.Circles;

/// <summary>The circles of a group programme and the objective they were formed to maximise (the sum of their fits).</summary>
public sealed record CirclePlan(IReadOnlyList<Circle> Circles, long TotalFit);
