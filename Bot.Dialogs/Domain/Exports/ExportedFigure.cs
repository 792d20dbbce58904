namespace MentorBot.Dialogs.Domain.Exports;

/// <summary>
/// One figure of the programme export: what it counts (<paramref name="Section"/>, <paramref name="Item"/>: stable
/// English names a spreadsheet can rely on from one export to the next), its value, and for a figure from people's
/// answers how many people it comes from; the value is null when that is fewer than the programme's MinAnswers.
/// </summary>
public sealed record ExportedFigure(string Section, string Item, double? Value, int? People = null)
{
    /// <summary>A figure from answers whose value was dropped because too few people gave them.</summary>
    public bool NotEnoughAnswers => People is not null && Value is null;
}
