namespace DebtRadar.SyntheticCorpus.Templates;

/// <summary>One kind of code: writes a unit of one or more files around one construct.</summary>
internal interface ICodeTemplate
{
    /// <summary>Folder of the project the files go to.</summary>
    string Folder { get; }

    /// <summary>The unit's files (name without folder → contents).</summary>
    IReadOnlyList<(string FileName, CodeWriter Writer)> Write(UnitContext context);
}

/// <summary>Shared by templates: fills a type with random methods until the file reaches a random size.</summary>
internal static class Filler
{
    public static void Methods(CodeWriter w, UnitContext context, string signaturePrefix, int maxStatements = 6, int maxDepth = 3, int maxLines = 230, string namePrefix = "")
    {
        var body = new BodyWriter(w, context);
        var target = context.Random.Next(90, maxLines);
        var verbs = new[] { "Apply", "Compute", "Merge", "Resolve", "Check", "Balance", "Route", "Score" };
        for (var i = 0; w.LineCount < target; i++)
        {
            w.Line();
            body.Method($"{signaturePrefix}int {namePrefix}{verbs[i % verbs.Length]}{i}(int value, string name)", maxStatements, maxDepth);
        }
    }
}
