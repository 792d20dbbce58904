namespace MentorBot.Dialogs.Cards;

/// <summary>Which step of a row a lead opened: the message box of Message both, or the confirmation of End and rematch.</summary>
public enum DigestPairStep
{
    Message,
    End,
}
