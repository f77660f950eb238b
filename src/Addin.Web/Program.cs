using Addin.Web.Cli;
using Addin.Web.Hosting;

if (CliApp.Handles(args))
{
    return await CliApp.RunAsync(args);
}

var builder = WebApplication.CreateBuilder(args);
builder.AddAddin();
var app = builder.Build();
app.UseAddin();
await app.InitializeAddinAsync();
await app.RunAsync();
return 0;

/// <summary>The entry point, visible to the tests' WebApplicationFactory.</summary>
public partial class Program;
