using System.Globalization;
using DebtRadar.Reports;
using DebtRadar.Tui.ViewModels;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace DebtRadar.Tui.Views;

/// <summary>Screen 2: one file — its types, members with metrics, and findings.</summary>
internal sealed class FileScreen : Screen
{
    private readonly DashboardShell _shell;
    private readonly FileViewModel _model;
    private readonly View _root = new() { Width = Dim.Fill(), Height = Dim.Fill(), CanFocus = true };
    private readonly Label _types = new() { X = 0, Y = 0, Width = Dim.Fill(), Height = 1 };
    private readonly GridView _members = new() { X = 0, Y = 1, Height = Dim.Percent(55) };
    private readonly Label _findingsTitle = new() { X = 0, Width = Dim.Fill(), Height = 1 };
    private readonly GridView _findings = new() { X = 0, Height = Dim.Fill() };

    public FileScreen(DashboardShell shell, FileViewModel model, string? member)
    {
        _shell = shell;
        _model = model;
        _findingsTitle.Y = Pos.Bottom(_members);
        _findings.Y = Pos.Bottom(_findingsTitle);
        _root.Add(_types, _members, _findingsTitle, _findings);
        _types.Text = string.Join(" │ ", model.TypeLines.DefaultIfEmpty("no type declared"));

        var invariant = CultureInfo.InvariantCulture;
        _members.Show(
            ["Member", "Line", "CC", "Cog", "Nest", "Lines", "MI", "Findings"],
            [.. model.Members.Select(m => new[]
            {
                TextSafety.ForConsole(m.Name),
                m.Line.ToString(invariant),
                m.Cyclomatic.ToString(invariant),
                m.Cognitive.ToString(invariant),
                m.Nesting.ToString(invariant),
                m.Lines.ToString(invariant),
                m.Maintainability.ToString(invariant),
                m.FindingText,
            })],
            rightAligned: [1, 2, 3, 4, 5, 6]);
        _findingsTitle.Text = string.Create(invariant, $"─ Findings ({model.Findings.Length}) ─ Enter rule help · y copy path:line ─");
        _findings.Show(["Rule", "Severity", "Line", "Message", "Fix"], [.. model.Findings.Select(FileViewModel.FindingCells)], rightAligned: [2]);

        if (member is not null && model.Members.ToList().FindIndex(m => $"{m.Type}.{m.Name}" == member) is var index and >= 0)
        {
            _members.SelectedRow = index;
        }

        _members.OnOpen(EnterMember);
        _findings.OnOpen(ShowRule);
    }

    public override View Root => _root;

    public override string Title => _model.Title;

    public override IReadOnlyList<(string Key, string Label)> KeyHelp =>
    [
        ("Enter", _findings.HasFocus ? "rule help" : "findings"), ("Tab", "members/findings"), ("y", "copy path:line"), ("t", "trends"), ("p", "proposal"), ("Esc", "back"), ("?", "help"), ("q", "quit"),
    ];

    public override void Shown()
    {
        if (_findings.HasFocus)
        {
            return;
        }

        _members.SetFocus();
    }

    public override bool HandleKey(Key key, char? text)
    {
        switch (text)
        {
            case 'y':
                _shell.Copy(_findings.HasFocus ? _model.LocationOfFinding(_findings.SelectedRow) : _model.LocationOfMember(_members.SelectedRow));
                return true;
            case 't':
                _shell.ShowTrends(_model.Path);
                return true;
            case 'p':
                var member = _members.HasFocus && _members.SelectedRow < _model.Members.Length ? _model.Members[_members.SelectedRow] : null;
                _shell.ShowProposal(_model.Path, member is null ? null : $"{member.Type}.{member.Name}");
                return true;
            default:
                return false;
        }
    }

    private void EnterMember()
    {
        var finding = _model.FirstFindingOf(_members.SelectedRow);
        if (finding >= 0)
        {
            _findings.SelectedRow = finding;
        }

        _findings.SetFocus();
        _shell.UpdateStatus();
    }

    private void ShowRule()
    {
        if (_model.HelpFor(_findings.SelectedRow, _shell.Context.Rules) is { } help)
        {
            _shell.ShowText(help.Title, help.Lines(), [("y", "copy path:line")], (_, text) =>
            {
                if (text == 'y')
                {
                    _shell.Copy(help.Location);
                    return true;
                }

                return false;
            });
        }
    }
}
