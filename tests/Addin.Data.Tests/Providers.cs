using Addin.Data;

namespace Addin.Data.Tests;

/// <summary>Every data test runs on both databases Addin supports.</summary>
public static class Providers
{
    public static TheoryData<DatabaseProvider> Both => new() { DatabaseProvider.Sqlite, DatabaseProvider.Postgres };
}
