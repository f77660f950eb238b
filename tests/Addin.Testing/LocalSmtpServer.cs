using System.Buffers;
using System.Net;
using System.Net.Sockets;
using MimeKit;
using SmtpServer;
using SmtpServer.Authentication;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace Addin.Testing;

/// <summary>
/// A real SMTP server on 127.0.0.1 (the SmtpServer package): it keeps every message it accepts, can require a login,
/// and can answer the next messages with a given reply (a 451 "try again later", a 554 refusal).
/// </summary>
public sealed class LocalSmtpServer : IDisposable
{
    private readonly CancellationTokenSource stop = new();
    private readonly Store store = new();

    public LocalSmtpServer(string? username = null, string? password = null)
    {
        using (var probe = new TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            Port = ((IPEndPoint)probe.LocalEndpoint).Port;
        }

        var options = new SmtpServerOptionsBuilder()
            .ServerName("localhost")
            .Endpoint(e => e.Endpoint(new IPEndPoint(IPAddress.Loopback, Port)).AllowUnsecureAuthentication(true).AuthenticationRequired(username is not null))
            .Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(store);
        if (username is not null)
        {
            services.Add(new Login(username, password ?? ""));
        }

        var server = new SmtpServer.SmtpServer(options, services);
        Running = server.StartAsync(stop.Token);
    }

    public int Port { get; }

    /// <summary>The server's run, which ends when disposed.</summary>
    public Task Running { get; }

    /// <summary>The messages accepted so far, in order.</summary>
    public IReadOnlyList<MimeMessage> Messages => store.Messages;

    /// <summary>Answers the next <paramref name="count"/> messages with <paramref name="reply"/> instead of accepting them.</summary>
    public void Refuse(int count, SmtpReplyCode reply, string text) => store.Refuse(count, new SmtpResponse(reply, text));

    /// <summary>How many messages were refused so far.</summary>
    public int Refused => store.RefusedCount;

    public void Dispose()
    {
        stop.Cancel();
        stop.Dispose();
    }

    private sealed class Store : MessageStore
    {
        private readonly List<MimeMessage> messages = [];
        private int refuse;
        private SmtpResponse? refusal;

        public IReadOnlyList<MimeMessage> Messages
        {
            get
            {
                lock (messages)
                {
                    return [.. messages];
                }
            }
        }

        public int RefusedCount { get; private set; }

        public void Refuse(int count, SmtpResponse response)
        {
            lock (messages)
            {
                refuse = count;
                refusal = response;
            }
        }

        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            lock (messages)
            {
                if (refuse > 0)
                {
                    refuse--;
                    RefusedCount++;
                    return refusal!;
                }
            }

            using var stream = new MemoryStream(buffer.ToArray());
            var message = await MimeMessage.LoadAsync(stream, cancellationToken);
            lock (messages)
            {
                messages.Add(message);
            }

            return SmtpResponse.Ok;
        }
    }

    private sealed class Login(string username, string password) : UserAuthenticator
    {
        public override Task<bool> AuthenticateAsync(ISessionContext context, string user, string password1, CancellationToken cancellationToken) =>
            Task.FromResult(user == username && password1 == password);
    }
}
