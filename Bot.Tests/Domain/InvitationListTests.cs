using MentorBot.Dialogs.Domain.Programmes;

namespace MentorBot.Tests.Domain;

public sealed class InvitationListTests
{
    [Fact]
    public void PastedList_IsSplitDeduplicatedAndLowercased_WithOutlookNamesDropped()
    {
        var list = InvitationList.Parse("Ada Lovelace <Ada@Contoso.com>; bob@contoso.com, ada@contoso.com\n  carol@fabrikam.co.uk\tnot-an-address");

        Assert.Equal(["ada@contoso.com", "bob@contoso.com", "carol@fabrikam.co.uk"], list.Addresses);
        Assert.Equal(
            [new RefusedAddress("ada@contoso.com", "InviteRefusedDuplicate"), new RefusedAddress("not-an-address", "InviteRefusedInvalid")],
            list.Refused);
    }

    [Theory]
    [InlineData("a@b")]
    [InlineData("@contoso.com")]
    [InlineData("a@@contoso.com")]
    [InlineData("a@contoso.com.")]
    [InlineData("\"quoted\"@contoso.com x")]
    [InlineData("a\u0007@contoso.com")]
    public void MalformedAddress_IsRefusedAsInvalid(string entry)
    {
        var list = InvitationList.Parse(entry);
        Assert.Empty(list.Addresses);
        Assert.All(list.Refused, r => Assert.Equal("InviteRefusedInvalid", r.ReasonKey));
    }

    [Fact]
    public void MoreThanTheLimit_KeepsTheFirst200_AndRefusesTheRest()
    {
        var list = InvitationList.Parse(string.Join("\n", Enumerable.Range(0, 205).Select(i => $"user{i}@contoso.com")));

        Assert.Equal(InvitationList.MaxAddresses, list.Addresses.Count);
        Assert.Equal(5, list.Refused.Count(r => r.ReasonKey == "InviteRefusedOverLimit"));
    }

    [Fact]
    public void OverlongGarbage_IsReportedShortened()
    {
        var list = InvitationList.Parse(new string('x', 500));
        Assert.Equal(60, Assert.Single(list.Refused).Entry.Length);
    }
}
