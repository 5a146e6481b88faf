using DebtRadar.Workspace.Files;

namespace DebtRadar.Workspace.Tests;

public sealed class DocumentOwnershipTests
{
    [Fact]
    public void Assign_LinkedFile_BelongsToTheProjectWhoseFolderHoldsIt()
    {
        // A strong-named twin listed first links every file of the real project.
        var owners = DocumentOwnership.Assign(
        [
            ("/r/Lib.StrongName/Lib.StrongName.csproj", ["/r/Lib/A.cs", "/r/Lib.StrongName/Key.cs"]),
            ("/r/Lib/Lib.csproj", ["/r/Lib/A.cs"]),
        ]);

        Assert.Equal("/r/Lib/Lib.csproj", owners["/r/Lib/A.cs"]);
        Assert.Equal("/r/Lib.StrongName/Lib.StrongName.csproj", owners["/r/Lib.StrongName/Key.cs"]);
    }

    [Fact]
    public void Assign_SharedFileOutsideEveryProject_GoesToTheFirst()
    {
        var owners = DocumentOwnership.Assign(
        [
            ("/r/A/A.csproj", ["/r/Shared/Common.cs"]),
            ("/r/B/B.csproj", ["/r/Shared/Common.cs"]),
        ]);

        Assert.Equal("/r/A/A.csproj", owners["/r/Shared/Common.cs"]);
    }

    [Fact]
    public void Assign_NestedProjects_DeepestFolderWins()
    {
        var owners = DocumentOwnership.Assign(
        [
            ("/r/Build.csproj", ["/r/src/Inner/X.cs"]),
            ("/r/src/Inner/Inner.csproj", ["/r/src/Inner/X.cs"]),
        ]);

        Assert.Equal("/r/src/Inner/Inner.csproj", owners["/r/src/Inner/X.cs"]);
    }
}
