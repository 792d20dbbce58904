using MentorBot.Dialogs.Domain.Participants;

namespace MentorBot.Dialogs.Domain.Matching;

/// <summary>
/// Builds the profiles of one round over shared vocabularies (skills, words, languages, departments), so the same
/// skill spelled two ways is one bit, and every profile's bit sets line up.
/// </summary>
internal sealed class ProfileBuilder
{
    private readonly Dictionary<string, int> skills = new(StringComparer.Ordinal);
    private readonly List<ulong[]> skillWords = [];
    private readonly Dictionary<string, int> words = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> languages = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> departments = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TimeZoneInfo?> zones = new(StringComparer.OrdinalIgnoreCase);
    private readonly ReferenceWeek week;

    public ProfileBuilder(IEnumerable<Participant> everyone, ReferenceWeek week)
    {
        this.week = week;
        var all = everyone.ToList();
        foreach (var skill in all.SelectMany(p => p.Skills).Select(MatchText.Phrase).Where(s => s.Length > 0))
            skills.TryAdd(skill, skills.Count);
        foreach (var word in skills.Keys.SelectMany(MatchText.Words))
            words.TryAdd(word, words.Count);
        foreach (var skill in skills.Keys)
        {
            var bits = Bits.Create(words.Count);
            foreach (var word in MatchText.Words(skill))
                Bits.Set(bits, words[word]);
            skillWords.Add(bits);
        }

        foreach (var language in all.SelectMany(p => p.Languages).Select(MatchText.Language).Where(l => l.Length > 0))
            languages.TryAdd(language, languages.Count);
        foreach (var department in all.Select(p => MatchText.Phrase(p.Department)).Where(d => d.Length > 0))
            departments.TryAdd(department, departments.Count);
    }

    public IReadOnlyList<string> SkillNames => [.. skills.Keys];

    public MatchProfile Build(Participant participant)
    {
        var skillBits = Bits.Create(skills.Count);
        foreach (var skill in participant.Skills.Select(MatchText.Phrase).Where(s => s.Length > 0))
            Bits.Set(skillBits, skills[skill]);

        var languageBits = Bits.Create(languages.Count);
        foreach (var language in participant.Languages.Select(MatchText.Language).Where(l => l.Length > 0))
            Bits.Set(languageBits, languages[language]);

        var zone = Zone(participant.WorkingHours?.TimeZone);
        var department = MatchText.Phrase(participant.Department);
        return new MatchProfile
        {
            Participant = participant,
            Skills = skillBits,
            SkillCount = Bits.Count(skillBits),
            MentionedSkills = Mentioned(participant.Goals),
            Hours = participant.WorkingHours is { } hours && zone is not null ? week.WorkingSlots(hours, zone) : null,
            OffsetSlots = zone is null ? null : week.OffsetSlots(zone),
            Languages = languageBits,
            LanguageCount = Bits.Count(languageBits),
            Department = department.Length == 0 ? -1 : departments[department],
        };
    }

    private ulong[] Mentioned(IReadOnlyList<string> goals)
    {
        var goalWords = Bits.Create(words.Count);
        foreach (var word in goals.SelectMany(MatchText.Words))
        {
            if (words.TryGetValue(word, out var index))
                Bits.Set(goalWords, index);
        }

        var mentioned = Bits.Create(skills.Count);
        for (var skill = 0; skill < skillWords.Count; skill++)
        {
            // A skill whose words are all stop words has nothing to be mentioned by.
            if (Bits.Count(skillWords[skill]) > 0 && Bits.Contains(goalWords, skillWords[skill]))
                Bits.Set(mentioned, skill);
        }

        return mentioned;
    }

    private TimeZoneInfo? Zone(string? id)
    {
        if (id is null)
            return null;
        if (!zones.TryGetValue(id, out var zone))
            zones[id] = zone = TimeZones.TryFind(id, out var found) ? found : null;
        return zone;
    }
}
