using System.Net;
using System.Net.Sockets;
using Storyline.Cli;
using Storyline.Tests.Support;

namespace Storyline.Tests.Web;

public sealed class ServeCommandTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private static async Task<(int Exit, string Err)> Serve(params string[] args)
    {
        var error = new StringWriter();
        // The command only returns on its own when it cannot start; a hang here is a failure.
        var run = Task.Run(() => StorylineCli.Run(["serve", .. args], new StringWriter(), error));
        var exit = await run.WaitAsync(TimeSpan.FromSeconds(20));
        return (exit, error.ToString());
    }

    [Fact]
    public async Task Serve_AStoreThatCannotBeOpened_ExitsOne_WithTheReason()
    {
        var (exit, error) = await Serve("--db", _dir.Path, "--urls", "http://127.0.0.1:0");

        Assert.Equal(1, exit);
        Assert.Contains("Cannot open the store", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_OnAPortInUse_ExitsOne_NamingTheAddress()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var url = $"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}";

        var (exit, error) = await Serve("--db", _dir.File("serve.db"), "--urls", url);

        Assert.Equal(1, exit);
        Assert.Contains($"cannot listen on {url}", error, StringComparison.Ordinal);
    }
}
