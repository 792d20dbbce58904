using System.Globalization;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MentorBot.Tests.EndToEnd;

/// <summary>
/// One Adaptive Card as the Playground renders it (Fluent UI, as in Teams), filled in the way a person does:
/// inputs are found by their visible label, choices by the words on them. How each input type renders here:
/// Input.Text is a textbox; a compact Input.ChoiceSet a combobox whose list opens below it (options), or, when
/// multi-select, a menu of check items; an expanded multi-select ChoiceSet a list of checkboxes; Input.Time a
/// combobox of half-hour options in the browser's clock format; Input.Number a spin button; Input.Date a
/// combobox opening a calendar. The list and the menu open outside the card, at the page's root.
/// </summary>
internal sealed class PlaygroundCard(ILocator card, IPage page)
{
    public ILocator Root => card;

    public ILocator Textbox(string label) => card.GetByRole(AriaRole.Textbox, new() { Name = label, Exact = true });

    public ILocator Combobox(string label) => card.GetByRole(AriaRole.Combobox, new() { Name = label, Exact = true });

    public ILocator Button(string title) => card.GetByRole(AriaRole.Button, new() { Name = title, Exact = true });

    public async Task FillAsync(string label, string value)
    {
        await Textbox(label).FillAsync(value);
        await Expect(Textbox(label)).ToHaveValueAsync(value);
    }

    /// <summary>Opens a single-choice list (a compact ChoiceSet or a time picker) and picks <paramref name="option"/>.</summary>
    public async Task ChooseAsync(string label, string option)
    {
        await Combobox(label).ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = option, Exact = true }).ClickAsync();
        await Expect(Combobox(label)).ToHaveValueAsync(option);
        await Expect(page.GetByRole(AriaRole.Listbox)).ToBeHiddenAsync();
    }

    /// <summary>Opens a compact multi-select ChoiceSet and ticks or unticks each of <paramref name="options"/>.</summary>
    public async Task ToggleAsync(string label, params string[] options)
    {
        await Combobox(label).ClickAsync();
        var menu = page.GetByRole(AriaRole.Menu);
        foreach (var option in options)
            await menu.GetByRole(AriaRole.Menuitemcheckbox, new() { Name = option, Exact = true }).ClickAsync();
        await page.Keyboard.PressAsync("Escape");
        await Expect(menu).ToBeHiddenAsync();
    }

    /// <summary>Ticks an option of an expanded multi-select ChoiceSet (its checkboxes are named "label option").</summary>
    public async Task CheckAsync(string option)
    {
        var box = card.GetByRole(AriaRole.Checkbox, new() { Name = option });
        await box.CheckAsync();
        await Expect(box).ToBeCheckedAsync();
    }

    /// <summary>Picks an option of an expanded single-choice ChoiceSet (its radio buttons carry the option's title).</summary>
    public async Task SelectAsync(string option)
    {
        var radio = card.GetByRole(AriaRole.Radio, new() { Name = option });
        await radio.CheckAsync();
        await Expect(radio).ToBeCheckedAsync();
    }

    public async Task SetNumberAsync(string label, int value)
    {
        var spin = card.GetByRole(AriaRole.Spinbutton, new() { Name = label, Exact = true });
        await spin.FillAsync(value.ToString(CultureInfo.InvariantCulture));
        await Expect(spin).ToHaveValueAsync(value.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>Opens a date input's calendar, which shows the month of its current value, and clicks <paramref name="day"/> there.</summary>
    public async Task PickDayAsync(string label, DateOnly day, CultureInfo culture)
    {
        await Combobox(label).ClickAsync();
        var calendar = page.GetByRole(AriaRole.Dialog, new() { Name = "Calendar" });

        // Day cells are named "30, June, 2027"; the month shown before and after is named the same way, so exact.
        var name = string.Format(culture, "{0}, {1:MMMM}, {1:yyyy}", day.Day, day.ToDateTime(TimeOnly.MinValue));
        await calendar.GetByRole(AriaRole.Gridcell, new() { Name = name, Exact = true }).ClickAsync();
        await Expect(calendar).ToBeHiddenAsync();
    }

    public Task SubmitAsync(string title) => Button(title).ClickAsync();
}
