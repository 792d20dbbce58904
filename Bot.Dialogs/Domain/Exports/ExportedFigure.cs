namespace MentorBot.Dialogs.Domain.Exports;

/// <summary>
/// One figure of the programme export: what it counts (<paramref name="Section"/>, <paramref name="Item"/>, stable
/// English names a spreadsheet can rely on from one export to the next) and its value, or none when it would be
/// computed from fewer than the programme's MinAnswers people.
/// </summary>
public sealed record ExportedFigure(string Section, string Item, double? Value, bool NotEnoughAnswers = false);
