using MentorBot.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddMentorBot();

var app = builder.Build();
app.MapMentorBot();
await app.RunAsync();

/// <summary>Visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
