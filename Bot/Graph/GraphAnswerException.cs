namespace MentorBot.Graph;

/// <summary>Graph answered, but with something we cannot use (a schedule missing, a date that does not parse).</summary>
public sealed class GraphAnswerException : Exception
{
    public GraphAnswerException()
    {
    }

    public GraphAnswerException(string message)
        : base(message)
    {
    }

    public GraphAnswerException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
