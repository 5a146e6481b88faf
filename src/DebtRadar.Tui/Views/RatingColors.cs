using DebtRadar.Core.Debt;
using Terminal.Gui.Drawing;
using Terminal.Gui.ViewBase;
using Attribute = Terminal.Gui.Drawing.Attribute;

namespace DebtRadar.Tui.Views;

/// <summary>Row colours by A–E rating: green to red, the selection keeps the view's own focus colours.</summary>
internal sealed class RatingColors
{
    private readonly Dictionary<DebtRating, Scheme> _schemes = [];

    public RatingColors(View view)
    {
        var background = view.GetAttributeForRole(VisualRole.Normal).Background;
        foreach (var rating in Enum.GetValues<DebtRating>())
        {
            var foreground = rating switch
            {
                DebtRating.A => new Color(ColorName16.Green),
                DebtRating.B => new Color(ColorName16.BrightGreen),
                DebtRating.C => new Color(ColorName16.Yellow),
                DebtRating.D => new Color(ColorName16.BrightRed),
                _ => new Color(ColorName16.Red),
            };
            _schemes[rating] = new Scheme
            {
                Normal = new Attribute(foreground, background),
                Focus = view.GetAttributeForRole(VisualRole.Focus),
                HotFocus = view.GetAttributeForRole(VisualRole.HotFocus),
                Disabled = view.GetAttributeForRole(VisualRole.Disabled),
            };
        }
    }

    public Scheme For(DebtRating rating) => _schemes[rating];
}
