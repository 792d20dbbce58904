namespace MentorBot.Dialogs.Domain.Matching;

/// <summary>
/// The mentors each mentee may be assigned to, with the pair's score, in compressed rows (mentee i's edges are
/// Start[i]..Start[i+1]). The assignment works on these; pairs left out are checked afterwards against its duals.
/// </summary>
internal sealed class CandidateEdges
{
    public CandidateEdges(IReadOnlyList<IReadOnlyList<(int Mentor, int Score)>> perMentee)
    {
        Start = new int[perMentee.Count + 1];
        for (var i = 0; i < perMentee.Count; i++)
            Start[i + 1] = Start[i] + perMentee[i].Count;
        Mentor = new int[Start[^1]];
        Score = new int[Start[^1]];
        for (var i = 0; i < perMentee.Count; i++)
        {
            var k = Start[i];
            foreach (var (mentor, score) in perMentee[i])
            {
                Mentor[k] = mentor;
                Score[k++] = score;
            }
        }
    }

    public int[] Start { get; }

    public int[] Mentor { get; }

    public int[] Score { get; }

    public int Count => Mentor.Length;
}
