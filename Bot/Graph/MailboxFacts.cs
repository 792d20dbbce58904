using MentorBot.Dialogs.Domain.Participants;

namespace MentorBot.Graph;

/// <summary>
/// What a mailbox's settings say about when its owner works: working hours (time zone as an IANA id) when usable,
/// the mailbox's own time zone, and why the hours are missing when they are.
/// </summary>
public sealed record MailboxFacts(WorkingHours? Hours, string? TimeZone, string? Problem);
