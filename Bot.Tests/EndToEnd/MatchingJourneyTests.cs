using MentorBot.Dialogs.Localization;
using static Microsoft.Playwright.Assertions;

namespace MentorBot.Tests.EndToEnd;

/// <summary>
/// Issue 4's acceptance, end to end in the Playground: the lead types `match`, sees the proposals with their scores
/// and reasons and approves them all on a card that updates in place; a mentor accepts and both people see their
/// introduction card with "Find a time"; another mentor declines and the mentee's next best mentor is asked, and
/// the lead is told. Every person is at a Playground of their own in front of one bot.
/// </summary>
public sealed class MatchingJourneyTests(MatchingJourneyFixture organisation) : IClassFixture<MatchingJourneyFixture>
{
    private static readonly Localizer T = new("en-US");

    [Fact]
    public async Task LeadApproves_MentorAccepts_AndBothSeeTheIntroductionCard()
    {
        await organisation.ApprovedAsync(MatchAndApproveAsync);

        await organisation.Session(MatchingJourneyFixture.Adele).RunAsync(async chat =>
        {
            var offer = await chat.CardAsync(T.Format("OfferTitle", MatchingJourneyFixture.Megan.Name));
            await Expect(offer.Root).ToContainTextAsync(T.Format("MatchReasonSharedSkills", "Data engineering"));
            await chat.ScreenshotAsync("matching-2-offer");
            await offer.SubmitAsync(T["OfferAccept"]);
            await chat.ExpectMessageAsync(T["OfferAccepted"]);
            await Expect(offer.Root).ToContainTextAsync(T.Of(Dialogs.Domain.Pairs.PairStatus.Active));
            var intro = await chat.CardAsync(T.Format("IntroTitleMentee", MatchingJourneyFixture.Megan.Name));
            await Expect(intro.Button(T["FindTimeButton"])).ToBeVisibleAsync();
            await chat.ScreenshotAsync("matching-3-mentor-introduction");
        });

        await organisation.Session(MatchingJourneyFixture.Megan).RunAsync(async chat =>
        {
            var intro = await chat.CardAsync(T.Format("IntroTitleMentor", MatchingJourneyFixture.Adele.Name));
            await Expect(intro.Root).ToContainTextAsync("Principal engineer");
            await Expect(intro.Button(T["FindTimeButton"])).ToBeVisibleAsync();
            await chat.ScreenshotAsync("matching-4-mentee-introduction");
        });
    }

    [Fact]
    public async Task MentorDeclines_TheNextCandidateIsAsked_AndTheLeadIsTold()
    {
        await organisation.ApprovedAsync(MatchAndApproveAsync);

        await organisation.Session(MatchingJourneyFixture.Nestor).RunAsync(async chat =>
        {
            var offer = await chat.CardAsync(T.Format("OfferTitle", "Lee Gu"));
            await offer.FillAsync(T["OfferDeclineReason"], "On leave next month");
            await offer.SubmitAsync(T["OfferDecline"]);
            await chat.ExpectMessageAsync(T["OfferDeclined"]);
            await chat.ScreenshotAsync("matching-5-declined");
        });

        await organisation.Session(MatchingJourneyFixture.Patti).RunAsync(async chat =>
        {
            var offer = await chat.CardAsync(T.Format("OfferTitle", "Lee Gu"));
            await Expect(offer.Button(T["OfferAccept"])).ToBeVisibleAsync();
            await chat.ScreenshotAsync("matching-6-next-candidate-offer");
        });

        await organisation.Session(PlaygroundUser.Default).RunAsync(chat =>
            chat.ExpectMessageAsync(T.Format("LeadOfferDeclined", MatchingJourneyFixture.Nestor.Name, "Lee Gu", MatchingJourneyFixture.ProgrammeName, "On leave next month")));
    }

    private Task MatchAndApproveAsync() => organisation.Session(PlaygroundUser.Default).RunAsync(async chat =>
    {
        await chat.SendAsync("match");
        var approval = await chat.CardAsync(T.Format("MatchApprovalTitle", MatchingJourneyFixture.ProgrammeName));
        await Expect(approval.Root).ToContainTextAsync(T.Format("MatchPairName", MatchingJourneyFixture.Megan.Name, MatchingJourneyFixture.Adele.Name));
        await Expect(approval.Root).ToContainTextAsync(T.Format("MatchPairName", "Lee Gu", MatchingJourneyFixture.Nestor.Name));
        await chat.ScreenshotAsync("matching-1-approval");
        await approval.SubmitAsync(T["MatchApproveAll"]);

        // The card updates in place: both pairs show the decision, and no approve button is left.
        await Expect(approval.Root.GetByText(T.Of(Dialogs.Domain.Pairs.PairStatus.Offered), new() { Exact = true })).ToHaveCountAsync(2);
        await Expect(approval.Button(T["MatchApprove"])).ToHaveCountAsync(0);
        await chat.ScreenshotAsync("matching-1b-approved");
    });
}
