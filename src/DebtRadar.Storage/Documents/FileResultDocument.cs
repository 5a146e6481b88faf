using DebtRadar.Core.Model;
using LiteDB;

namespace DebtRadar.Storage.Documents;

/// <summary>Maps a <see cref="FileResult"/> to and from its stored document, field by field.</summary>
internal static class FileResultDocument
{
    /// <summary>The content-addressed form: what the solution-wide pass sets is left out (see <see cref="OverlayDocument"/>).</summary>
    public static BsonDocument Write(FileResult file) => WriteContent(OverlayDocument.Strip(file));

    private static BsonDocument WriteContent(FileResult file) => new()
    {
        ["path"] = file.Path,
        ["hash"] = file.ContentHash,
        ["mode"] = Bson.Name(file.Mode),
        ["lines"] = file.Lines,
        ["sloc"] = file.SourceLines,
        ["nloc"] = file.Nloc,
        ["types"] = Bson.Array(file.Types, t => WriteType(t)),
        ["members"] = Bson.Array(file.Members, m => WriteMember(m)),
        ["diags"] = Bson.Array(file.Diagnostics, d => DiagnosticDocument.Write(d)),
        ["findings"] = Bson.Array(file.Findings, f => FindingDocument.Write(f)),
        ["tokens"] = TokenDocument.Write(file.Tokens),
    };

    public static FileResult Read(BsonDocument doc) => new(
        Bson.Str(doc, "path"),
        Bson.Str(doc, "hash"),
        Bson.Enum<AnalysisMode>(doc, "mode"),
        Bson.Int(doc, "lines"),
        Bson.Int(doc, "sloc"),
        Bson.Int(doc, "nloc"),
        Bson.List(doc, "types", ReadType),
        Bson.List(doc, "members", ReadMember),
        Bson.List(doc, "diags", DiagnosticDocument.Read))
    {
        // Results stored before rules existed have no findings field; their cache keys differ anyway.
        Findings = doc.ContainsKey("findings") ? Bson.List(doc, "findings", FindingDocument.Read) : [],
        Tokens = TokenDocument.Read(doc, "tokens"),
    };

    private static BsonDocument WriteType(TypeFragment t) => new()
    {
        ["name"] = t.Name,
        ["ns"] = t.Namespace,
        ["kind"] = Bson.Name(t.Kind),
        ["line"] = t.Line,
        ["start"] = t.StartLine,
        ["end"] = t.EndLine,
        ["abstract"] = t.IsAbstract,
        ["dit"] = t.DepthOfInheritance,
        ["coupled"] = Bson.Array(t.CoupledTypes, r => new BsonDocument { ["name"] = r.Name, ["ns"] = r.Namespace, ["asm"] = r.Assembly }),
        ["initcc"] = t.InitializerCyclomatic,
        ["sloc"] = t.SourceLines,
        ["mi"] = Bson.Value(t.MaintainabilityIndex),
        ["fields"] = Bson.Array(t.Fields),
        ["cohesion"] = Bson.Array(t.Cohesion, c => new BsonDocument
        {
            ["member"] = c.Member,
            ["fields"] = Bson.Array(c.Fields),
            ["calls"] = Bson.Array(c.Calls),
        }),
    };

    private static TypeFragment ReadType(BsonDocument d) => new(
        Bson.Str(d, "name"),
        Bson.Str(d, "ns"),
        Bson.Enum<TypeKind>(d, "kind"),
        Bson.Int(d, "line"),
        Bson.Int(d, "start"),
        Bson.Int(d, "end"),
        Bson.Bool(d, "abstract"),
        Bson.Int(d, "dit"),
        Bson.List(d, "coupled", r => new TypeReference(Bson.Str(r, "name"), Bson.Str(r, "ns"), Bson.Str(r, "asm"))),
        Bson.Int(d, "initcc"),
        Bson.Int(d, "sloc"),
        Bson.Strings(d, "fields"),
        Bson.List(d, "cohesion", c => new CohesionEntry(Bson.Str(c, "member"), Bson.Strings(c, "fields"), Bson.Strings(c, "calls"))))
    {
        MaintainabilityIndex = Bson.OptInt(d, "mi"),
    };

    private static BsonDocument WriteMember(MemberResult m)
    {
        var x = m.Metrics;
        return new BsonDocument
        {
            ["type"] = m.Type,
            ["name"] = m.Name,
            ["kind"] = Bson.Name(m.Kind),
            ["line"] = m.Line,
            ["start"] = m.StartLine,
            ["end"] = m.EndLine,
            ["cc"] = x.Cyclomatic,
            ["cog"] = x.Cognitive,
            ["sloc"] = x.SourceLines,
            ["eloc"] = x.ExecutableLines,
            ["nloc"] = x.Nloc,
            ["params"] = x.Parameters,
            ["nest"] = x.MaxNesting,
            ["msvol"] = x.MsHalsteadVolume,
            ["h"] = new BsonArray(
                x.Halstead.DistinctOperators,
                x.Halstead.DistinctOperands,
                x.Halstead.TotalOperators,
                x.Halstead.TotalOperands),
            ["mi"] = x.MaintainabilityIndex,
            ["coupling"] = x.Coupling,
            ["bumps"] = x.Bumps,
            ["cond"] = x.ComplexConditionals,
        };
    }

    private static MemberResult ReadMember(BsonDocument d)
    {
        var h = Bson.Arr(d, "h");
        if (h.Count != 4 || h.Any(v => !v.IsInt32))
        {
            throw new MalformedDocumentException("Field 'h' is not four Halstead counts.");
        }

        var metrics = new MemberMetrics(
            Bson.Int(d, "cc"),
            Bson.Int(d, "cog"),
            Bson.Int(d, "sloc"),
            Bson.Int(d, "eloc"),
            Bson.Int(d, "nloc"),
            Bson.Int(d, "params"),
            Bson.Int(d, "nest"),
            Bson.Dbl(d, "msvol"),
            new HalsteadMetrics(h[0].AsInt32, h[1].AsInt32, h[2].AsInt32, h[3].AsInt32),
            Bson.Int(d, "mi"),
            Bson.Int(d, "coupling"))
        {
            // Results stored before these smells were measured lack the fields; their cache keys differ anyway.
            Bumps = d.ContainsKey("bumps") ? Bson.Int(d, "bumps") : 0,
            ComplexConditionals = d.ContainsKey("cond") ? Bson.Int(d, "cond") : 0,
        };
        return new MemberResult(
            Bson.Str(d, "type"),
            Bson.Str(d, "name"),
            Bson.Enum<MemberKind>(d, "kind"),
            Bson.Int(d, "line"),
            Bson.Int(d, "start"),
            Bson.Int(d, "end"),
            metrics);
    }
}

/// <summary>Maps a <see cref="ScanDiagnostic"/>.</summary>
internal static class DiagnosticDocument
{
    public static BsonDocument Write(ScanDiagnostic d) => new()
    {
        ["sev"] = Bson.Name(d.Severity),
        ["code"] = d.Code,
        ["msg"] = d.Message,
        ["path"] = Bson.Value(d.Path),
    };

    public static ScanDiagnostic Read(BsonDocument d) => new(
        Bson.Enum<DiagnosticSeverity>(d, "sev"),
        Bson.Str(d, "code"),
        Bson.Str(d, "msg"),
        Bson.OptStr(d, "path"));
}

/// <summary>Maps a <see cref="Finding"/>.</summary>
internal static class FindingDocument
{
    public static BsonDocument Write(Finding f) => new()
    {
        ["rule"] = f.RuleId,
        ["sev"] = Bson.Name(f.Severity),
        ["cat"] = f.Category,
        ["path"] = f.Path,
        ["line"] = f.Line,
        ["col"] = f.Column,
        ["type"] = Bson.Value(f.Type),
        ["member"] = Bson.Value(f.Member),
        ["msg"] = f.Message,
        ["min"] = f.RemediationMinutes,
        ["fp"] = f.Fingerprint,
    };

    public static Finding Read(BsonDocument d) => new(
        Bson.Str(d, "rule"),
        Bson.Enum<FindingSeverity>(d, "sev"),
        Bson.Str(d, "cat"),
        Bson.Str(d, "path"),
        Bson.Int(d, "line"),
        Bson.Int(d, "col"),
        Bson.OptStr(d, "type"),
        Bson.OptStr(d, "member"),
        Bson.Str(d, "msg"),
        Bson.Dbl(d, "min"),
        Bson.Str(d, "fp"));
}
