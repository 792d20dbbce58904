namespace MentorBot.Dialogs.Abstractions.Exports;

/// <summary>The two files of a programme's export (one row per pair; the programme's figures) and when their links stop working.</summary>
public sealed record ExportLinks(Uri Pairs, Uri Programme, DateTimeOffset ExpiresAt, TimeSpan Lifetime);
