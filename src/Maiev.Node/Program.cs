// The Maiev node. For now it starts, says where it listens and answers /healthz;
// the admin API, webhooks and the service actors arrive with their issues.
var builder = WebApplication.CreateSlimBuilder(args);
var urls = builder.Configuration["urls"] ?? "http://127.0.0.1:5080";
builder.WebHost.UseUrls(urls);

var app = builder.Build();
app.MapGet("/healthz", () => TypedResults.Text("ok"));

await app.StartAsync();
foreach (var url in app.Urls)
{
    Console.WriteLine($"maiev node listening on {url}");
}

await app.WaitForShutdownAsync();
