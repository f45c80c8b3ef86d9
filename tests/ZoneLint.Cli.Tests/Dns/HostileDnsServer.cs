using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using ZoneLint.Core.Model;

namespace ZoneLint.Cli.Tests.Dns;

/// <summary>
/// A DNS server on 127.0.0.1 (UDP and TCP on one free port) that misbehaves on purpose, one way per name under
/// <see cref="Zone"/>. It writes DNS messages itself, byte by byte, so that it can send what no well-behaved library
/// would: a TC bit over TCP, a reply with another ID or another question, a 60 KB answer, a datagram larger than the
/// client offered, a TCP connection that never answers. Every query it reads is logged.
/// </summary>
/// <remarks>
/// It only ever answers the sockets that asked it, on loopback. It stops by itself: past <see cref="MaxQueriesServed"/>
/// queries it reads and drops, every delay and stalled connection ends on <see cref="Dispose"/>, and a stall never
/// outlasts <see cref="MaxStall"/> anyway.
/// </remarks>
public sealed class HostileDnsServer : IDisposable
{
    /// <summary>The zone this server is authoritative for; names outside it are REFUSED.</summary>
    public const string Zone = "hostile.example.";

    /// <summary>The longest a slow answer or a stalled TCP connection is held.</summary>
    public static readonly TimeSpan MaxStall = TimeSpan.FromSeconds(20);

    /// <summary>A hang detector for the server itself: it ignores queries past this many.</summary>
    public const int MaxQueriesServed = 20_000;

    private const ushort TypeA = 1, TypeCname = 5, TypeTxt = 16;
    private const int UdpLimit = 1232;

    private static readonly DomainName ZoneName = DomainName.Parse(Zone);

    private readonly UdpClient _udp;
    private readonly Socket _udpSocket; // kept: UdpClient.Dispose sets Client to null under a loop still using it
    private readonly TcpListener _tcp;
    private readonly CancellationTokenSource _stop = new();
    private readonly List<Thread> _threads = new();
    private readonly List<Socket> _connections = new();
    private int _served;

    public HostileDnsServer()
    {
        (_udp, _tcp) = Bind();
        _udpSocket = _udp.Client;
        EndPoint = (IPEndPoint)_udpSocket.LocalEndPoint!;
        Start(UdpLoop);
        Start(TcpLoop);
    }

    /// <summary>UDP and TCP both listen here.</summary>
    public IPEndPoint EndPoint { get; }

    /// <summary>`127.0.0.1:PORT`, as `--server` takes it.</summary>
    public string Address => $"127.0.0.1:{EndPoint.Port}";

    /// <summary>How long `slow.` waits before it answers (past the client's timeout in the tests).</summary>
    public TimeSpan SlowDelay { get; set; } = TimeSpan.FromSeconds(1.5);

    /// <summary>Every question read, with the transport it came over.</summary>
    public ConcurrentQueue<(bool Tcp, DomainName Name, ushort Type)> Queries { get; } = new();

    public int QueryCount => Queries.Count;

    public int QueriesFor(string name) => Queries.Count(q => q.Name == N(name));

    /// <summary>A name of the zone: `N("slow")` is slow.hostile.example.</summary>
    public static DomainName N(string relative) => DomainName.Parse(relative.EndsWith('.') ? relative : relative + "." + Zone);

    public void Dispose()
    {
        _stop.Cancel();
        _udp.Dispose();
        _tcp.Stop();
        lock (_connections)
        {
            foreach (var connection in _connections) connection.Dispose();
        }
        Thread[] threads;
        lock (_threads) threads = _threads.ToArray();
        foreach (var thread in threads) thread.Join(TimeSpan.FromSeconds(5));
    }

    /// <summary>What one name does. Described in <see cref="Reply"/>; the cases are the hostile zone's contents.</summary>
    private Reply Behave(DomainName name, ushort type, bool tcp)
    {
        if (!name.IsSubdomainOf(ZoneName)) return new Reply { Rcode = 5 }; // REFUSED: not ours
        string label = name.LabelCount > ZoneName.LabelCount ? Encoding.ASCII.GetString(name.Labels[name.LabelCount - ZoneName.LabelCount - 1]) : "";

        if (name.IsSubdomainOf(N("fan"))) return FanOut(name, type);
        switch (label)
        {
            case "ok":
                return Txt(name, type, "v=spf1 ip4:192.0.2.1 -all");
            case "slow":
                return Txt(name, type, "v=spf1 -all") with { Delay = SlowDelay };
            case "silent":
                return new Reply { Silent = true };
            case "truncated": // TC over UDP, and over TCP again: it never gives the answer whole
                return new Reply { Truncated = true };
            case "stall": // TC over UDP; over TCP the connection is accepted and the answer never comes
                return tcp ? new Reply { Silent = true } : new Reply { Truncated = true };
            case "huge": // a 60 KB TXT record: TC over UDP, in full over TCP
                return Txt(name, type, Enumerable.Repeat(new string('x', 255), 240).ToArray());
            case "many": // 500 TXT records
                return type != TypeTxt ? new Reply() : new Reply { Answers = Enumerable.Range(0, 500).Select(i => Record(name, TypeTxt, TxtRdata("r" + i))).ToList() };
            case "oversized-udp": // 3000 octets over UDP, no TC, whatever size the client offered
                return Txt(name, type, Enumerable.Repeat(new string('y', 250), 12).ToArray()) with { IgnoreUdpLimit = true };
            case "loop-a":
                return Cname(name, N("loop-b"));
            case "loop-b":
                return Cname(name, N("loop-a"));
            case "loop-in-one": // a -> b -> a, in one answer
                return new Reply { Answers = { Record(name, TypeCname, N("loop-in-one-b").ToWire()), Record(N("loop-in-one-b"), TypeCname, name.ToWire()) } };
            case "chain-all": // a chain of 50 CNAMEs and its end, in one answer
                return new Reply
                {
                    Answers = Enumerable.Range(0, 50).Select(i => Record(i == 0 ? name : N("chain-" + i), TypeCname, N("chain-" + (i + 1)).ToWire()))
                        .Append(Record(N("chain-50"), TypeTxt, TxtRdata("v=spf1 -all"))).ToList(),
                };
            case "servfail":
                return new Reply { Rcode = 2 };
            case "refused":
                return new Reply { Rcode = 5 };
            case "wrong-id":
                return Txt(name, type, "v=spf1 -all") with { IdDelta = 1 };
            case "wrong-question": // the answer to another question
                return Txt(N("ok"), type, "v=spf1 +all") with { Question = N("ok") };
            case "garbage": // a header that promises an answer, and then the message ends
                return new Reply { Garbage = true };
            case "self":
                return Txt(name, type, $"v=spf1 include:self.{Zone.TrimEnd('.')} -all");
            case "voids":
                return Txt(name, type, $"v=spf1 a:nx1.{Zone.TrimEnd('.')} a:nx2.{Zone.TrimEnd('.')} a:nx3.{Zone.TrimEnd('.')} -all");
        }
        if (label.StartsWith("silent-", StringComparison.Ordinal)) return new Reply { Silent = true };
        if (label.StartsWith("servfail-", StringComparison.Ordinal)) return new Reply { Rcode = 2 };
        if (label.StartsWith("chain-", StringComparison.Ordinal) && int.TryParse(label.AsSpan(6), out int hop))
            return hop >= 50 ? Txt(name, type, "v=spf1 -all") : Cname(name, N("chain-" + (hop + 1)));
        if (label.StartsWith("spf-", StringComparison.Ordinal)) // spf-X: an SPF record that includes X
            return Txt(name, type, $"v=spf1 include:{label.Substring(4)}.{Zone.TrimEnd('.')} -all");
        return new Reply { Rcode = 3 }; // NXDOMAIN
    }

    /// <summary>
    /// fan and every name below it: an SPF record with 10 includes of names one level deeper, generated on the fly,
    /// so the graph has no end (names grow by two octets a level, until they pass 255 octets).
    /// </summary>
    private static Reply FanOut(DomainName name, ushort type)
    {
        if (type != TypeTxt) return new Reply();
        string text = name.ToString().TrimEnd('.');
        string spf = "v=spf1 " + string.Concat(Enumerable.Range(0, 10).Select(i => $"include:{i}.{text} ")) + "-all";
        return Txt(name, type, Split(spf));
    }

    private static string[] Split(string text) =>
        Enumerable.Range(0, (text.Length + 254) / 255).Select(i => text.Substring(i * 255, Math.Min(255, text.Length - i * 255))).ToArray();

    private static Reply Txt(DomainName owner, ushort type, params string[] strings) =>
        type == TypeTxt ? new Reply { Answers = { Record(owner, TypeTxt, TxtRdata(strings)) } } : new Reply();

    private static Reply Cname(DomainName owner, DomainName target) => new() { Answers = { Record(owner, TypeCname, target.ToWire()) } };

    private static byte[] TxtRdata(params string[] strings)
    {
        var rdata = new List<byte>();
        foreach (var s in strings)
        {
            rdata.Add((byte)s.Length);
            rdata.AddRange(Encoding.ASCII.GetBytes(s));
        }
        return rdata.ToArray();
    }

    private static (DomainName, ushort, byte[]) Record(DomainName owner, ushort type, byte[] rdata) => (owner, type, rdata);

    /// <summary>What to send back: an RCODE and answers, or one of the ways of misbehaving.</summary>
    private sealed record Reply
    {
        public int Rcode { get; init; }

        public List<(DomainName Owner, ushort Type, byte[] Rdata)> Answers { get; init; } = new();

        public bool Truncated { get; init; }

        /// <summary>No reply at all; over TCP the connection stays open, unanswered.</summary>
        public bool Silent { get; init; }

        public TimeSpan Delay { get; init; }

        public int IdDelta { get; init; }

        public DomainName? Question { get; init; }

        public bool IgnoreUdpLimit { get; init; }

        public bool Garbage { get; init; }
    }

    /// <summary>The reply to one query message, after the behaviour's delay; null: send nothing (a TCP stall waits first).</summary>
    private byte[]? Respond(byte[] query, bool tcp)
    {
        if (!TryReadQuestion(query, out ushort id, out var name, out ushort type)) return null;
        Queries.Enqueue((tcp, name, type));
        if (Interlocked.Increment(ref _served) > MaxQueriesServed) return null;
        var reply = Behave(name, type, tcp);
        if (reply.Delay > TimeSpan.Zero && Wait(reply.Delay)) return null;
        if (reply.Silent)
        {
            if (tcp) Wait(MaxStall); // hold the connection open, unanswered
            return null;
        }
        var message = Encode((ushort)(id + reply.IdDelta), reply.Question ?? name, type, reply.Rcode, reply.Truncated, reply.Answers);
        if (reply.Garbage) message[7] = 1; // ANCOUNT 1, and no answer follows
        if (!tcp && message.Length > UdpLimit && !reply.IgnoreUdpLimit)
            message = Encode(id, name, type, reply.Rcode, truncated: true, Array.Empty<(DomainName, ushort, byte[])>());
        return message;
    }

    /// <summary>Waits, at most <see cref="MaxStall"/>; true when the server is stopping.</summary>
    private bool Wait(TimeSpan delay) => _stop.Token.WaitHandle.WaitOne(delay < MaxStall ? delay : MaxStall);

    private static byte[] Encode(ushort id, DomainName question, ushort type, int rcode, bool truncated, IReadOnlyList<(DomainName Owner, ushort Type, byte[] Rdata)> answers)
    {
        var m = new List<byte>();
        void U16(int v)
        {
            m.Add((byte)(v >> 8));
            m.Add((byte)v);
        }
        U16(id);
        U16(0x8000 | 0x0400 | (truncated ? 0x0200 : 0) | 0x0100 | 0x0080 | (rcode & 0xF)); // QR AA [TC] RD RA RCODE
        U16(1);
        U16(answers.Count);
        U16(0);
        U16(0);
        question.WriteWire(m);
        U16(type);
        U16(1);
        foreach (var (owner, rrType, rdata) in answers)
        {
            owner.WriteWire(m);
            U16(rrType);
            U16(1);
            U16(0);
            U16(300);
            U16(rdata.Length);
            m.AddRange(rdata);
        }
        return m.ToArray();
    }

    private static bool TryReadQuestion(byte[] query, out ushort id, out DomainName name, out ushort type)
    {
        id = 0;
        name = DomainName.Root;
        type = 0;
        if (query.Length < 12 || (query[4] << 8 | query[5]) != 1) return false;
        id = (ushort)(query[0] << 8 | query[1]);
        var labels = new List<byte[]>();
        int i = 12;
        while (i < query.Length && query[i] != 0)
        {
            int length = query[i];
            if (length > 63 || i + 1 + length > query.Length) return false;
            labels.Add(query.AsSpan(i + 1, length).ToArray());
            i += 1 + length;
        }
        if (i + 5 > query.Length) return false;
        name = DomainName.FromLabels(labels);
        type = (ushort)(query[i + 1] << 8 | query[i + 2]);
        return true;
    }

    // The server runs on threads of its own, never the thread pool, so that clients blocking pool threads
    // (DnsClient's synchronous calls, parallel tests) cannot delay it.

    private void UdpLoop()
    {
        var buffer = new byte[65535];
        while (!_stop.IsCancellationRequested)
        {
            EndPoint from = new IPEndPoint(IPAddress.Loopback, 0);
            int length;
            try
            {
                length = _udpSocket.ReceiveFrom(buffer, ref from);
            }
            catch (SocketException) when (!_stop.IsCancellationRequested)
            {
                continue; // an ICMP port unreachable from a client that went away
            }
            catch (Exception e) when (e is SocketException or ObjectDisposedException)
            {
                return;
            }
            var query = buffer.AsSpan(0, length).ToArray();
            var client = (IPEndPoint)from;
            if (Behave(query) is { Delay: { } delay } && delay > TimeSpan.Zero) Start(() => AnswerUdp(query, client)); // a slow answer must not hold up the others
            else AnswerUdp(query, client);
        }
    }

    private Reply? Behave(byte[] query) => TryReadQuestion(query, out _, out var name, out ushort type) ? Behave(name, type, tcp: false) : null;

    private void AnswerUdp(byte[] query, IPEndPoint client)
    {
        try
        {
            if (Respond(query, tcp: false) is { } reply) _udpSocket.SendTo(reply, client);
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException)
        {
        }
    }

    private void TcpLoop()
    {
        while (!_stop.IsCancellationRequested)
        {
            Socket connection;
            try
            {
                connection = _tcp.AcceptSocket();
            }
            catch (Exception e) when (e is SocketException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }
            lock (_connections) _connections.Add(connection);
            Start(() => Serve(connection));
        }
    }

    /// <summary>One TCP connection: length-prefixed queries, answered in turn, until the client closes it.</summary>
    private void Serve(Socket connection)
    {
        using var stream = new NetworkStream(connection, ownsSocket: true);
        try
        {
            var prefix = new byte[2];
            while (!_stop.IsCancellationRequested)
            {
                stream.ReadExactly(prefix);
                var query = new byte[prefix[0] << 8 | prefix[1]];
                stream.ReadExactly(query);
                var reply = Respond(query, tcp: true);
                if (reply == null) return;
                var framed = new byte[2 + reply.Length]; // one write: a prefix sent alone waits on Nagle and delayed ACKs
                framed[0] = (byte)(reply.Length >> 8);
                framed[1] = (byte)reply.Length;
                reply.CopyTo(framed, 2);
                stream.Write(framed);
            }
        }
        catch (Exception e) when (e is ObjectDisposedException or IOException or SocketException or EndOfStreamException)
        {
        }
    }

    private void Start(Action work)
    {
        var thread = new Thread(() => work()) { IsBackground = true, Name = "hostile-dns" };
        lock (_threads) _threads.Add(thread);
        thread.Start();
    }

    /// <summary>A UDP socket and a TCP listener on one free loopback port.</summary>
    private static (UdpClient, TcpListener) Bind()
    {
        for (int attempt = 0; ; attempt++)
        {
            var udp = new UdpClient(new IPEndPoint(IPAddress.Loopback, 0));
            int port = ((IPEndPoint)udp.Client.LocalEndPoint!).Port;
            var tcp = new TcpListener(IPAddress.Loopback, port);
            try
            {
                tcp.Start();
                return (udp, tcp);
            }
            catch (SocketException) when (attempt < 20)
            {
                udp.Dispose();
            }
        }
    }
}
