using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DebtRadar.Core.Scanning;

/// <summary>The per-file half of the index: what one file declares, as surface entries filed by name.</summary>
internal sealed partial class SemanticContextIndex
{
    /// <summary>One file's entries, in source order.</summary>
    private sealed class TreeIndex
    {
        private readonly ArrayBufferWriter<byte> _buffer = new(4 * 1024);

        private TreeIndex(string path) => Path = path;

        public string Path { get; }

        public List<DeclarationEntry> Entries { get; } = [];

        public List<(string Segment, string FullName)> Namespaces { get; } = [];

        /// <summary>
        /// Every type declared here, in source order, each part with the shapes of its members
        /// (<see cref="Shape"/>). Of another part of a type it declares, a file's measurements read only
        /// whether that part exists, which part comes first and whether the type has methods anywhere
        /// (<c>MsTypeLevel</c>, the type's maintainability); members of other parts are reached by name.
        /// </summary>
        public List<(string FullName, string[] Shapes)> TypeParts { get; } = [];

        /// <summary>Every extern alias and using directive of the file, namespace-level ones included.</summary>
        private readonly StringBuilder _directives = new();

        public byte[] SurfaceHash { get; private set; } = [];

        /// <summary>
        /// Whether a signature here takes a <c>params</c> collection that is not an array: a call then
        /// creates that collection with its constructor without naming it.
        /// </summary>
        public bool DeclaresParamsCollection { get; private set; }

        /// <summary>Whether a method here is called <c>AppendLiteral</c>: this may be an interpolated string handler, created without being named.</summary>
        public bool DeclaresHandlerMembers { get; private set; }

        public static TreeIndex Walk(SyntaxTree tree, string path, CancellationToken cancellationToken)
        {
            var index = new TreeIndex(path);
            var root = (CompilationUnitSyntax)tree.GetRoot(cancellationToken);
            foreach (var directive in root.Usings.Where(u => !u.GlobalKeyword.IsKind(SyntaxKind.None)))
            {
                index.Add(GlobalUsings, directive, Container.None, declared: null);
            }

            foreach (var attributes in root.AttributeLists)
            {
                index.Add(Always, attributes, Container.None, declared: null);
            }

            var usings = Tokens(root.Externs) + Tokens(root.Usings) + "\0";
            index._directives.Append(usings);
            var file = Container.None with { Usings = usings };
            foreach (var member in root.Members)
            {
                cancellationToken.ThrowIfCancellationRequested();
                index.Visit(member, file, string.Empty);
            }

            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            hash.AppendData(Encoding.UTF8.GetBytes("usings " + index._directives));
            foreach (var entry in index.Entries)
            {
                hash.AppendData(Encoding.UTF8.GetBytes(entry.Name + "\0"));
                hash.AppendData(entry.Hash);
            }

            foreach (var (_, fullName) in index.Namespaces)
            {
                hash.AppendData(Encoding.UTF8.GetBytes("namespace " + fullName + "\0"));
            }

            index.SurfaceHash = hash.GetHashAndReset();
            return index;
        }

        private void Visit(MemberDeclarationSyntax member, Container container, string ns)
        {
            switch (member)
            {
                case BaseNamespaceDeclarationSyntax space:
                    var name = string.Concat(space.Name.DescendantTokens().Select(t => t.Text));
                    var full = ns.Length == 0 ? name : ns + "." + name;
                    var prefix = ns;
                    foreach (var segment in name.Split('.'))
                    {
                        prefix = prefix.Length == 0 ? segment : prefix + "." + segment;
                        Namespaces.Add((segment, prefix));
                    }

                    var directives = Tokens(space.Externs) + Tokens(space.Usings) + "\0";
                    _directives.Append("namespace ").Append(name).Append(' ').Append(directives);
                    var inner = container with
                    {
                        Text = container.Text + "namespace " + name + "\0",
                        Usings = container.Usings + "namespace " + name + " " + directives,
                    };
                    foreach (var child in space.Members)
                    {
                        Visit(child, inner, full);
                    }

                    break;
                case EnumDeclarationSyntax enumeration:
                    // The header holds the members: an implicit value follows from the members before it.
                    Add(enumeration.Identifier.ValueText, enumeration, container, enumeration);
                    var enumContainer = Nested(container, enumeration, ns);
                    foreach (var (value, position) in enumeration.Members.Select((m, i) => (m, i)))
                    {
                        Add(value.Identifier.ValueText, value, enumContainer with { Text = enumContainer.Text + "#" + position + "\0" }, value);
                    }

                    break;
                case BaseTypeDeclarationSyntax type:
                    VisitType(type, container, ns);
                    break;
                case DelegateDeclarationSyntax @delegate:
                    Add(@delegate.Identifier.ValueText, @delegate, container, @delegate);
                    break;
                case MethodDeclarationSyntax method:
                    Add(Key(method.Identifier.ValueText), method, container, method);
                    DeclaresHandlerMembers |= method.Identifier.ValueText == "AppendLiteral";
                    break;
                case ConstructorDeclarationSyntax constructor:
                    // Filed apart from the type's name: a file that only reaches the type through a
                    // signature calls none of them, unless it can create an object without naming its type.
                    Add(constructor.Identifier.ValueText + Constructors, constructor, container, constructor);
                    break;
                case DestructorDeclarationSyntax destructor:
                    Add(destructor.Identifier.ValueText + Constructors, destructor, container, destructor);
                    break;
                case PropertyDeclarationSyntax property:
                    Add(Key(property.Identifier.ValueText), property, container, property);
                    break;
                case EventDeclarationSyntax @event:
                    Add(Key(@event.Identifier.ValueText), @event, container, @event);
                    break;
                case BaseFieldDeclarationSyntax field:
                    foreach (var variable in field.Declaration.Variables)
                    {
                        Add(Key(variable.Identifier.ValueText), field, container, field);
                    }

                    break;
                default:
                    // Operators, conversions, indexers, top-level statements and anything unforeseen:
                    // bound without their name in the code, so every file sees them.
                    Add(Always, member, container, member);
                    break;
            }
        }

        private void VisitType(BaseTypeDeclarationSyntax type, Container container, string ns)
        {
            var inner = Nested(container, type, ns);
            if (type.Identifier.ValueText.Length == 0)
            {
                // An extension block: its receiver is part of what each of its members means.
                var header = Header(type);
                inner = container with
                {
                    // Its members' meaning depends on what the receiver binds to, through the usings.
                    Text = container.Text + "extension " + header + "\0\u0001usings " + container.Usings,
                    Follow = [.. container.Follow, .. FollowNames(type, type, header: true)],
                };
            }
            else
            {
                Add(type.Identifier.ValueText, type, container, type, header: true);
                if (type is RecordDeclarationSyntax { ParameterList: { } positional })
                {
                    // Positional parameters are properties reached by their own names.
                    foreach (var parameter in positional.Parameters)
                    {
                        Add(Key(parameter.Identifier.ValueText), type, container, type, header: true);
                    }
                }
            }

            if (type is TypeDeclarationSyntax withMembers)
            {
                foreach (var member in withMembers.Members)
                {
                    Visit(member, inner, ns);
                }
            }
        }

        private Container Nested(Container container, BaseTypeDeclarationSyntax type, string ns)
        {
            var arity = type is TypeDeclarationSyntax { TypeParameterList: { } parameters } ? "`" + parameters.Parameters.Count : string.Empty;
            var name = type.Identifier.ValueText + arity;
            var typeName = container.TypeName.Length > 0 ? container.TypeName + "+" + name : ns.Length > 0 ? ns + "." + name : name;
            if (type.Identifier.ValueText.Length > 0)
            {
                var shapes = type switch
                {
                    TypeDeclarationSyntax withMembers => withMembers.Members.Select(Shape),
                    EnumDeclarationSyntax enumeration => enumeration.Members.Select(m => m.Kind().ToString()),
                    _ => [],
                };
                TypeParts.Add((typeName, [.. shapes.Distinct(StringComparer.Ordinal)]));
            }

            return container with
            {
                Text = container.Text + "type " + type.Kind() + " " + name + "\0",
                TypeName = typeName,
                Follow = [.. container.Follow, type.Identifier.ValueText],
            };
        }

        /// <summary>
        /// What a member declaration contributes to whether its type has methods: its kind, and for a
        /// property, indexer or event which accessors it declares and how (the accessors are the
        /// methods). Whether the type has methods is a function of the set of its members' shapes.
        /// </summary>
        private static string Shape(MemberDeclarationSyntax member)
        {
            var arrow = member switch
            {
                PropertyDeclarationSyntax { ExpressionBody: not null } or IndexerDeclarationSyntax { ExpressionBody: not null } => " =>",
                _ => string.Empty,
            };
            var accessors = member is BasePropertyDeclarationSyntax { AccessorList: { } list }
                ? " {" + string.Concat(list.Accessors.Select(a => " " + a.Keyword.ValueText + (a.Body is not null ? "{}" : a.ExpressionBody is not null ? "=>" : ";"))) + " }"
                : string.Empty;
            return member.Kind() + arrow + accessors;
        }

        private static string Key(string name) => ImplicitNames.Contains(name) ? Always : name;

        /// <summary>Files <paramref name="node"/>'s surface under <paramref name="name"/>.</summary>
        /// <param name="name">The name code reaches the declaration by.</param>
        /// <param name="node">The declaration (or directive, attribute list).</param>
        /// <param name="container">Where it is declared.</param>
        /// <param name="declared">The declaration whose own identifier is not a dependency, or null.</param>
        /// <param name="header">Leave nested members out (a type's header).</param>
        private void Add(string name, SyntaxNode node, Container container, SyntaxNode? declared, bool header = false)
        {
            _buffer.ResetWrittenCount();
            Write(container.Text);
            var follow = new HashSet<string>(container.Follow, StringComparer.Ordinal);
            var names = false;
            foreach (var token in Surface(node, header))
            {
                Write(token.Text);
                if (Follows(token, declared) is { } followed)
                {
                    follow.Add(followed);
                    names = true;
                }
                else if (token.IsKind(SyntaxKind.ParamsKeyword) && token.Parent is ParameterSyntax { Type: not ArrayTypeSyntax })
                {
                    DeclaresParamsCollection = true;
                }
            }

            // The using directives in scope change what the declaration means only through the names
            // in it: a header such as `public static partial class SqlMapper` binds nothing through them.
            if (names)
            {
                Write("\u0001usings " + container.Usings);
            }

            // Whether a property has a backing field is a fact of its declaration that lives in its accessor
            // bodies (the `field` keyword); a partial property's other part reads it (cohesion's instance state).
            if (node is PropertyDeclarationSyntax { AccessorList: { } accessors }
                && accessors.DescendantTokens().Any(t => t.IsKind(SyntaxKind.FieldKeyword)))
            {
                Write("\u0001field");
            }

            var hash = SHA256.HashData(_buffer.WrittenSpan);
            Entries.Add(new DeclarationEntry(name, hash, follow));
        }

        private static IEnumerable<SyntaxToken> Surface(SyntaxNode node, bool header) =>
            node.DescendantTokens(n => !DeclarationSurface.IsBody(n) && (!header || n == node || n is not MemberDeclarationSyntax));

        private static string Header(SyntaxNode node) => string.Join(' ', Surface(node, header: true).Select(t => t.Text));

        /// <summary>
        /// The names a declaration's meaning depends on: every identifier it uses (types, constants,
        /// attributes), and the text of its string literals (an attribute can name a member, as
        /// <c>CollectionBuilder</c> does). Names it declares itself (parameters, type parameters,
        /// variables, its own name) are not dependencies.
        /// </summary>
        private static IEnumerable<string> FollowNames(SyntaxNode node, SyntaxNode? declared, bool header)
        {
            foreach (var token in Surface(node, header))
            {
                if (Follows(token, declared) is { } followed)
                {
                    yield return followed;
                }
            }
        }

        private static string? Follows(SyntaxToken token, SyntaxNode? declared) =>
            token.RawKind switch
            {
                (int)SyntaxKind.IdentifierToken when token.Parent is ParameterSyntax or TypeParameterSyntax or VariableDeclaratorSyntax
                    || (token.Parent == declared && token.Parent is MemberDeclarationSyntax or EnumMemberDeclarationSyntax) => null,
                (int)SyntaxKind.IdentifierToken or (int)SyntaxKind.StringLiteralToken => token.ValueText,
                _ => null,
            };

        private static string Tokens(IEnumerable<SyntaxNode> nodes) =>
            string.Join(' ', nodes.SelectMany(n => n.DescendantTokens()).Select(t => t.Text));

        private void Write(string text)
        {
            var span = _buffer.GetSpan(Encoding.UTF8.GetMaxByteCount(text.Length) + 1);
            var written = Encoding.UTF8.GetBytes(text, span);
            span[written] = 0;
            _buffer.Advance(written + 1);
        }
    }
}
