<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccountCheck</name>
    <message>
        <source>Running the password command…</source>
        <translation>正在运行密码命令…</translation>
    </message>
    <message>
        <source>Reading the password from the keychain…</source>
        <translation>正在从密钥环读取密码…</translation>
    </message>
    <message>
        <source>TLS: %1</source>
        <translation>TLS：%1</translation>
    </message>
    <message>
        <source>logged in as %1 with %2</source>
        <translation>已以 %1 身份使用 %2 登录</translation>
    </message>
    <message>
        <source>the server offers %1</source>
        <translation>服务器支持 %1</translation>
    </message>
</context>
<context>
    <name>AccountStore</name>
    <message>
        <source>an account name may hold only letters, digits and . _ - @ (at most 64)</source>
        <translation>账户名只能包含字母、数字和 . _ - @（最多 64 个字符）</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <source>no account named %1</source>
        <translation>没有名为 %1 的账户</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <source>TLS (encrypted from the start)</source>
        <translation>TLS（从一开始就加密）</translation>
    </message>
    <message>
        <source>STARTTLS (required)</source>
        <translation>STARTTLS（必需）</translation>
    </message>
    <message>
        <source>None (plaintext)</source>
        <translation>无（明文）</translation>
    </message>
    <message>
        <source>Subject: %1
Issuer: %2
Valid: %3 to %4
SHA-256: %5</source>
        <translation>主体：%1
颁发者：%2
有效期：%3 至 %4
SHA-256：%5</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>A&amp;ccounts:</source>
        <translation>账户(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>添加账户</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>移除账户</translation>
    </message>
    <message>
        <source>Account and SMTP</source>
        <translation>账户与 SMTP</translation>
    </message>
    <message>
        <source>IMAP and POP3</source>
        <translation>IMAP 与 POP3</translation>
    </message>
    <message>
        <source>Test Results</source>
        <translation>测试结果</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>测试(&amp;T)</translation>
    </message>
    <message>
        <source>Test the account</source>
        <translation>测试此账户</translation>
    </message>
    <message>
        <source>Connects to the servers with these settings and logs in; sends nothing</source>
        <translation>使用这些设置连接服务器并登录；不发送任何内容</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>work (letters, digits, . _ - @)</source>
        <translation>work（字母、数字、. _ - @）</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>账户名</translation>
    </message>
    <message>
        <source>A short unique name; letters, digits and . _ - @ only</source>
        <translation>简短且唯一的名称；只能包含字母、数字和 . _ - @</translation>
    </message>
    <message>
        <source>Account &amp;name:</source>
        <translation>账户名(&amp;N)：</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>您的姓名</translation>
    </message>
    <message>
        <source>Your na&amp;me:</source>
        <translation>您的姓名(&amp;M)：</translation>
    </message>
    <message>
        <source>you@example.org</source>
        <translation>you@example.org</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>电子邮件地址</translation>
    </message>
    <message>
        <source>&amp;Email address:</source>
        <translation>电子邮件地址(&amp;E)：</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>Added below a line &quot;-- &quot; in new messages</source>
        <translation>添加在新邮件中“-- ”一行的下方</translation>
    </message>
    <message>
        <source>Si&amp;gnature:</source>
        <translation>签名(&amp;G)：</translation>
    </message>
    <message>
        <source>Outgoing mail (SMTP)</source>
        <translation>发件服务器（SMTP）</translation>
    </message>
    <message>
        <source>smtp.example.org</source>
        <translation>smtp.example.org</translation>
    </message>
    <message>
        <source>SMTP server</source>
        <translation>SMTP 服务器</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>服务器(&amp;V)：</translation>
    </message>
    <message>
        <source>SMTP security</source>
        <translation>SMTP 安全方式</translation>
    </message>
    <message>
        <source>SMTP port</source>
        <translation>SMTP 端口</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <source>Sec&amp;urity:</source>
        <translation>安全方式(&amp;U)：</translation>
    </message>
    <message>
        <source>Automatic (the strongest the server offers)</source>
        <translation>自动（服务器提供的最强方式）</translation>
    </message>
    <message>
        <source>Authentication method</source>
        <translation>身份验证方式</translation>
    </message>
    <message>
        <source>Aut&amp;hentication:</source>
        <translation>身份验证(&amp;H)：</translation>
    </message>
    <message>
        <source>empty: the server needs no login</source>
        <translation>留空：服务器无需登录</translation>
    </message>
    <message>
        <source>SMTP user name</source>
        <translation>SMTP 用户名</translation>
    </message>
    <message>
        <source>Leave empty if the server needs no login</source>
        <translation>如果服务器无需登录，请留空</translation>
    </message>
    <message>
        <source>U&amp;ser name:</source>
        <translation>用户名(&amp;S)：</translation>
    </message>
    <message>
        <source>empty: %1</source>
        <translation>留空：%1</translation>
    </message>
    <message>
        <source>HELO name</source>
        <translation>HELO 名称</translation>
    </message>
    <message>
        <source>The name this computer gives in EHLO</source>
        <translation>本计算机在 EHLO 中使用的名称</translation>
    </message>
    <message>
        <source>HEL&amp;O name:</source>
        <translation>HELO 名称(&amp;O)：</translation>
    </message>
    <message>
        <source>empty: the system&apos;s certificate authorities</source>
        <translation>留空：使用系统的证书颁发机构</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>CA 文件</translation>
    </message>
    <message>
        <source>Extra trusted certificate authorities (PEM)</source>
        <translation>额外信任的证书颁发机构（PEM）</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Choose a CA file</source>
        <translation>选择 CA 文件</translation>
    </message>
    <message>
        <source>Certificate Authorities</source>
        <translation>证书颁发机构</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>PEM 证书 (*.pem *.crt *.cer);;所有文件 (*)</translation>
    </message>
    <message>
        <source>CA f&amp;ile:</source>
        <translation>CA 文件(&amp;I)：</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Pinned certificate</source>
        <translation>固定的证书</translation>
    </message>
    <message>
        <source>SHA-256 of the one server certificate trusted besides the CAs</source>
        <translation>除 CA 外另行信任的唯一一个服务器证书的 SHA-256</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>清除(&amp;L)</translation>
    </message>
    <message>
        <source>Clear the pinned certificate</source>
        <translation>清除固定的证书</translation>
    </message>
    <message>
        <source>Pinned certificate:</source>
        <translation>固定的证书：</translation>
    </message>
    <message>
        <source>System keychain</source>
        <translation>系统密钥环</translation>
    </message>
    <message>
        <source>Password command</source>
        <translation>密码命令</translation>
    </message>
    <message>
        <source>This build of Outbound has no keychain support</source>
        <translation>此版本的 Outbound 不支持密钥环</translation>
    </message>
    <message>
        <source>Password source</source>
        <translation>密码来源</translation>
    </message>
    <message>
        <source>Where the password is kept; never in a file of Outbound&apos;s</source>
        <translation>密码的保存位置；绝不会保存在 Outbound 的文件中</translation>
    </message>
    <message>
        <source>Password &amp;kept in:</source>
        <translation>密码保存在(&amp;K)：</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>不变</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Stored in the system keychain when you save; used as typed when you test</source>
        <translation>保存时存入系统密钥环；测试时直接使用输入的密码</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <source>e.g. pass show mail/work</source>
        <translation>例如 pass show mail/work</translation>
    </message>
    <message>
        <source>A shell command whose first line of output is the password</source>
        <translation>一条 shell 命令，其输出的第一行即为密码</translation>
    </message>
    <message>
        <source>Password comman&amp;d:</source>
        <translation>密码命令(&amp;D)：</translation>
    </message>
    <message>
        <source>only for testing</source>
        <translation>仅用于测试</translation>
    </message>
    <message>
        <source>Outbound only sends mail. These servers are kept with the account and can be tested, so all of its settings live in one place.</source>
        <translation>Outbound 只发送邮件。这些服务器与账户一起保存并可供测试，使账户的所有设置集中在一处。</translation>
    </message>
    <message>
        <source>&amp;IMAP</source>
        <translation>&amp;IMAP</translation>
    </message>
    <message>
        <source>&amp;POP3</source>
        <translation>&amp;POP3</translation>
    </message>
    <message>
        <source>Mailbox password (IMAP and POP3)</source>
        <translation>邮箱密码（IMAP 和 POP3）</translation>
    </message>
    <message>
        <source>%1 server</source>
        <translation>%1 服务器</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>服务器：</translation>
    </message>
    <message>
        <source>%1 security</source>
        <translation>%1 安全方式</translation>
    </message>
    <message>
        <source>%1 port</source>
        <translation>%1 端口</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>端口：</translation>
    </message>
    <message>
        <source>Security:</source>
        <translation>安全方式：</translation>
    </message>
    <message>
        <source>%1 user name</source>
        <translation>%1 用户名</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <source>%1 CA file</source>
        <translation>%1 CA 文件</translation>
    </message>
    <message>
        <source>CA file:</source>
        <translation>CA 文件：</translation>
    </message>
    <message>
        <source>Default (%1)</source>
        <translation>默认（%1）</translation>
    </message>
    <message>
        <source>Test connects to the servers with the settings in the form and logs in. No mail is sent.</source>
        <translation>测试会使用表单中的设置连接服务器并登录，不会发送邮件。</translation>
    </message>
    <message>
        <source>Certificate not trusted</source>
        <translation>证书不受信任</translation>
    </message>
    <message>
        <source>Pi&amp;n This Certificate</source>
        <translation>固定此证书(&amp;N)</translation>
    </message>
    <message>
        <source>Pin this certificate</source>
        <translation>固定此证书</translation>
    </message>
    <message>
        <source>Trust exactly this certificate for this account from now on</source>
        <translation>从现在起，此账户只信任这一个证书</translation>
    </message>
    <message>
        <source>The certificate is pinned. Test again, then save.</source>
        <translation>证书已固定。请再次测试，然后保存。</translation>
    </message>
    <message>
        <source>St&amp;eps:</source>
        <translation>步骤(&amp;E)：</translation>
    </message>
    <message>
        <source>Test steps</source>
        <translation>测试步骤</translation>
    </message>
    <message>
        <source>Transcri&amp;pt:</source>
        <translation>会话记录(&amp;P)：</translation>
    </message>
    <message>
        <source>Test transcript</source>
        <translation>测试会话记录</translation>
    </message>
    <message>
        <source>Every line sent (C:) and received (S:); # marks the client&apos;s own notes</source>
        <translation>发送（C:）和接收（S:）的每一行；# 标记客户端自己的注释</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>Discard the changes to &quot;%1&quot;?</source>
        <translation>放弃对“%1”的更改吗？</translation>
    </message>
    <message>
        <source>the new account</source>
        <translation>新账户</translation>
    </message>
    <message>
        <source>New account: fill in the form, test it, then save.</source>
        <translation>新账户：请填写表单，进行测试，然后保存。</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>The account name may hold only letters, digits and . _ - @ (at most 64).</source>
        <translation>账户名只能包含字母、数字和 . _ - @（最多 64 个字符）。</translation>
    </message>
    <message>
        <source>There is already an account named &quot;%1&quot;.</source>
        <translation>已存在名为“%1”的账户。</translation>
    </message>
    <message>
        <source>The email address is not valid: %1</source>
        <translation>电子邮件地址无效：%1</translation>
    </message>
    <message>
        <source>give exactly one address</source>
        <translation>请只填写一个地址</translation>
    </message>
    <message>
        <source>Give the SMTP server&apos;s host name.</source>
        <translation>请填写 SMTP 服务器的主机名。</translation>
    </message>
    <message>
        <source>SMTP CA file: %1</source>
        <translation>SMTP CA 文件：%1</translation>
    </message>
    <message>
        <source>Give the %1 server&apos;s host name, or switch %1 off.</source>
        <translation>请填写 %1 服务器的主机名，或关闭 %1。</translation>
    </message>
    <message>
        <source>SMTP</source>
        <translation>SMTP</translation>
    </message>
    <message>
        <source>mailbox</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Give the %1 password command, or choose the keychain.</source>
        <translation>请填写 %1 密码命令，或选择密钥环。</translation>
    </message>
    <message>
        <source>Type the %1 password to store it in the keychain, or choose a password command.</source>
        <translation>请输入 %1 密码以将其存入密钥环，或选择密码命令。</translation>
    </message>
    <message>
        <source>Storing the password in the system keychain…</source>
        <translation>正在将密码存入系统密钥环…</translation>
    </message>
    <message>
        <source>The password could not be stored in the system keychain: %1
Outbound does not write passwords to files. Start a keychain (such as GNOME Keyring or KWallet) and save again, or give a password command that prints the password, such as &quot;pass show mail/%2&quot;. The account was not saved.</source>
        <translation>无法将密码存入系统密钥环：%1
Outbound 不会将密码写入文件。请启动一个密钥环（例如 GNOME Keyring 或 KWallet）后再次保存，或者提供一条输出密码的密码命令，例如“pass show mail/%2”。账户未保存。</translation>
    </message>
    <message>
        <source>The account could not be saved: %1</source>
        <translation>无法保存账户：%1</translation>
    </message>
    <message>
        <source>Account &quot;%1&quot; saved.</source>
        <translation>账户“%1”已保存。</translation>
    </message>
    <message>
        <source>Remove Account</source>
        <translation>移除账户</translation>
    </message>
    <message>
        <source>Remove the account &quot;%1&quot;? Messages queued for it stay in the outbox but cannot be sent until an account of that name exists again.</source>
        <translation>要移除账户“%1”吗？为其排队的邮件仍保留在发件箱中，但在重新存在同名账户之前无法发送。</translation>
    </message>
    <message>
        <source>The account could not be removed: %1</source>
        <translation>无法移除账户：%1</translation>
    </message>
    <message>
        <source>Account &quot;%1&quot; removed.</source>
        <translation>账户“%1”已移除。</translation>
    </message>
    <message>
        <source>Close without saving the changes?</source>
        <translation>关闭而不保存更改吗？</translation>
    </message>
    <message>
        <source>Give the SMTP server&apos;s host name first.</source>
        <translation>请先填写 SMTP 服务器的主机名。</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>正在测试…</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>停止(&amp;T)</translation>
    </message>
    <message>
        <source>Stop the test</source>
        <translation>停止测试</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>Pin it only if you know this is your server&apos;s certificate (compare the SHA-256 with what your provider publishes).</source>
        <translation>只有在确认这是您服务器的证书时才固定它（将 SHA-256 与服务提供商公布的值进行比较）。</translation>
    </message>
    <message>
        <source>This account is already set up, so Outbound does not offer to trust this certificate. If the server&apos;s certificate really changed, remove the pin or add its CA file.</source>
        <translation>此账户已经设置好，因此 Outbound 不提供信任此证书的选项。如果服务器的证书确实已更改，请移除固定的证书或添加其 CA 文件。</translation>
    </message>
    <message>
        <source>%1: %2 port %3, security %4</source>
        <translation>%1：%2 端口 %3，安全方式 %4</translation>
    </message>
    <message>
        <source>%1: no password: %2</source>
        <translation>%1：没有密码：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: OK</source>
        <translation>%1：正常</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 失败：%2</translation>
    </message>
    <message>
        <source>✔ Test passed: the account can connect and log in.</source>
        <translation>✔ 测试通过：此账户可以连接并登录。</translation>
    </message>
    <message>
        <source>✘ Test failed: %1</source>
        <translation>✘ 测试失败：%1</translation>
    </message>
    <message>
        <source>Test passed.</source>
        <translation>测试通过。</translation>
    </message>
    <message>
        <source>Test failed; see the Test Results tab.</source>
        <translation>测试失败；请查看“测试结果”选项卡。</translation>
    </message>
    <message>
        <source>&amp;View Certificate Chain…</source>
        <translation>查看证书链(&amp;V)…</translation>
    </message>
    <message>
        <source>Every certificate the server presented, with its names, validity and fingerprints</source>
        <translation>服务器出示的所有证书，包括其名称、有效期和指纹</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>How long to wait for each reply; the reply to the end of the message gets twice as long</source>
        <translation>等待每个回复的时长；对邮件结束的回复可等待两倍时长</translation>
    </message>
    <message>
        <source>Ti&amp;meout:</source>
        <translation>超时(&amp;M)：</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Outbound Sandbox</source>
        <translation>Outbound 沙盒</translation>
    </message>
    <message>
        <source>the message is already on its way</source>
        <translation>邮件已经在发送途中</translation>
    </message>
</context>
<context>
    <name>AttemptOutcome</name>
    <message numerus="yes">
        <source>gave up after %n day(s): %1</source>
        <translation>
            <numerusform>%n 天后放弃：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>the server takes fewer recipients at a time; the rest go in the next transaction</source>
        <translation>服务器一次接受的收件人较少；其余收件人将在下一次事务中发送</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) deferred: %1</source>
        <translation>
            <numerusform>%n 个收件人已推迟：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>已拒绝：%1</translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>opaque key</source>
        <translation>不透明密钥</translation>
    </message>
    <message>
        <source>%1, %2 bits</source>
        <translation>%1，%2 位</translation>
    </message>
    <message>
        <source>Server Certificate</source>
        <translation>服务器证书</translation>
    </message>
    <message>
        <source>Certificate c&amp;hain, the server&apos;s own first:</source>
        <translation>证书链(&amp;H)，服务器自己的证书在最前：</translation>
    </message>
    <message>
        <source>Certificate chain</source>
        <translation>证书链</translation>
    </message>
    <message>
        <source>Issued to</source>
        <translation>颁发给</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>颁发者</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Not valid now</source>
        <translation>当前无效</translation>
    </message>
    <message>
        <source>Certificate details</source>
        <translation>证书详细信息</translation>
    </message>
    <message>
        <source>&amp;Copy PEM</source>
        <translation>复制 PEM(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the selected certificate in PEM form</source>
        <translation>以 PEM 格式复制所选证书</translation>
    </message>
    <message>
        <source>&amp;Save Chain…</source>
        <translation>保存证书链(&amp;S)…</translation>
    </message>
    <message>
        <source>Save the whole chain as a PEM file, e.g. to use as an account&apos;s CA file</source>
        <translation>将整条证书链保存为 PEM 文件，例如用作账户的 CA 文件</translation>
    </message>
    <message>
        <source>The session reported no certificates.</source>
        <translation>会话未报告任何证书。</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source> (expired)</source>
        <translation>（已过期）</translation>
    </message>
    <message>
        <source> (not yet valid)</source>
        <translation>（尚未生效）</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>主体：%1</translation>
    </message>
    <message>
        <source>Issuer: %1</source>
        <translation>颁发者：%1</translation>
    </message>
    <message>
        <source>Self-signed: %1</source>
        <translation>自签名：%1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Valid: %1</source>
        <translation>有效期：%1</translation>
    </message>
    <message>
        <source>Names: %1</source>
        <translation>名称：%1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Serial number: %1</source>
        <translation>序列号：%1</translation>
    </message>
    <message>
        <source>Public key: %1</source>
        <translation>公钥：%1</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256：%1</translation>
    </message>
    <message>
        <source>SHA-1: %1</source>
        <translation>SHA-1：%1</translation>
    </message>
    <message>
        <source>Save Certificate Chain</source>
        <translation>保存证书链</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM 证书 (*.pem *.crt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot Save the Chain</source>
        <translation>无法保存证书链</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>ComposeForm</name>
    <message>
        <source>Attachment</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Files sent with the message; press Delete to remove the selected ones</source>
        <translation>随邮件发送的文件；按 Delete 键移除所选文件</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Remove attachment</source>
        <translation>移除附件</translation>
    </message>
    <message>
        <source>Cannot attach %1: it is not a readable file.</source>
        <translation>无法附加 %1：它不是可读的文件。</translation>
    </message>
    <message>
        <source>Cannot insert %1: %2</source>
        <translation>无法插入 %1：%2</translation>
    </message>
    <message>
        <source>No attachments; drop files here to attach them.</source>
        <translation>没有附件；将文件拖放到此处即可附加。</translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s), %1 in all</source>
        <translation>
            <numerusform>%n 个附件，共 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — encoded, about %2: more than the %3 the server accepts.</source>
        <translation>%1 — 编码后约 %2：超过了服务器接受的 %3。</translation>
    </message>
    <message>
        <source>(the server accepts up to %1)</source>
        <translation>（服务器最多接受 %1）</translation>
    </message>
    <message>
        <source>Attach Files</source>
        <translation>附加文件</translation>
    </message>
    <message>
        <source>Insert Image</source>
        <translation>插入图片</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation>图片 (%1)</translation>
    </message>
    <message>
        <source>&amp;Attach…</source>
        <translation>附加(&amp;A)…</translation>
    </message>
    <message>
        <source>Attach files (or drop them on the window)</source>
        <translation>附加文件（或将文件拖放到窗口上）</translation>
    </message>
    <message>
        <source>Insert &amp;Image…</source>
        <translation>插入图片(&amp;I)…</translation>
    </message>
    <message>
        <source>Insert an image into the text (switches to rich text)</source>
        <translation>在正文中插入图片（切换为富文本）</translation>
    </message>
    <message>
        <source>&amp;Rich Text</source>
        <translation>富文本(&amp;R)</translation>
    </message>
    <message>
        <source>Write with formatting (sent as HTML with a plain-text copy)</source>
        <translation>使用格式编写（以 HTML 发送，并附带纯文本副本）</translation>
    </message>
    <message>
        <source>Switch to plain text</source>
        <translation>切换为纯文本</translation>
    </message>
    <message>
        <source>Plain text cannot hold images or formatting. Remove them?</source>
        <translation>纯文本无法包含图片或格式。要移除它们吗？</translation>
    </message>
    <message>
        <source>&amp;Bold</source>
        <translation>粗体(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Italic</source>
        <translation>斜体(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Underline</source>
        <translation>下划线(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>列表(&amp;L)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>发件人</translation>
    </message>
    <message>
        <source>The account and address the message is sent from</source>
        <translation>发送邮件所用的账户和地址</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>发件人(&amp;F)：</translation>
    </message>
    <message>
        <source>To</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>收件人(&amp;T)：</translation>
    </message>
    <message>
        <source>Cc</source>
        <translation>抄送</translation>
    </message>
    <message>
        <source>&amp;Cc:</source>
        <translation>抄送(&amp;C)：</translation>
    </message>
    <message>
        <source>Bcc</source>
        <translation>密送</translation>
    </message>
    <message>
        <source>&amp;Bcc:</source>
        <translation>密送(&amp;B)：</translation>
    </message>
    <message>
        <source>name@example.org, &quot;Name&quot; &lt;name@example.org&gt;</source>
        <translation>name@example.org, &quot;Name&quot; &lt;name@example.org&gt;</translation>
    </message>
    <message>
        <source>Addresses separated by commas</source>
        <translation>以逗号分隔的地址</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Subj&amp;ect:</source>
        <translation>主题(&amp;E)：</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>邮件正文</translation>
    </message>
    <message>
        <source>Account &quot;%1&quot;, sent through %2</source>
        <translation>账户“%1”，通过 %2 发送</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 is not valid: %2</source>
        <translation>%1 无效：%2</translation>
    </message>
</context>
<context>
    <name>ComposeRequest</name>
    <message>
        <source>unknown --compose field &quot;%1&quot;</source>
        <translation>未知的 --compose 字段“%1”</translation>
    </message>
    <message>
        <source>--compose %1: %2</source>
        <translation>--compose %1：%2</translation>
    </message>
    <message>
        <source>--compose attachment: no such file %1</source>
        <translation>--compose attachment：找不到文件 %1</translation>
    </message>
</context>
<context>
    <name>ComposeWindow</name>
    <message>
        <source>&amp;Send</source>
        <translation>发送(&amp;S)</translation>
    </message>
    <message>
        <source>Send the message (Ctrl+Return)</source>
        <translation>发送邮件（Ctrl+Return）</translation>
    </message>
    <message>
        <source>Send &amp;Later…</source>
        <translation>稍后发送(&amp;L)…</translation>
    </message>
    <message>
        <source>Choose when the message is sent</source>
        <translation>选择邮件的发送时间</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>邮件</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>Undo send</source>
        <translation>撤销发送</translation>
    </message>
    <message>
        <source>Takes the message back before it is sent</source>
        <translation>在邮件发出之前将其收回</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Sends the message (Ctrl+Return)</source>
        <translation>发送邮件（Ctrl+Return）</translation>
    </message>
    <message>
        <source>Writing the message</source>
        <translation>正在生成邮件</translation>
    </message>
    <message>
        <source>The message has been sent</source>
        <translation>邮件已发送</translation>
    </message>
    <message>
        <source>Set up an account first</source>
        <translation>请先设置账户</translation>
    </message>
    <message>
        <source>Correct the marked addresses first</source>
        <translation>请先更正标记的地址</translation>
    </message>
    <message>
        <source>Add a recipient first</source>
        <translation>请先添加收件人</translation>
    </message>
    <message>
        <source>Not sent. %1</source>
        <translation>未发送。%1</translation>
    </message>
    <message>
        <source>Writing the message (%1)…</source>
        <translation>正在生成邮件（%1）…</translation>
    </message>
    <message>
        <source>The message was not sent; everything is still here. %1</source>
        <translation>邮件未发送；所有内容仍保留在这里。%1</translation>
    </message>
    <message>
        <source>Queued to be sent %1</source>
        <translation>已加入队列，将于 %1 发送</translation>
    </message>
    <message numerus="yes">
        <source>Sending in %n second(s)…</source>
        <translation>
            <numerusform>%n 秒后发送…</numerusform>
        </translation>
    </message>
    <message>
        <source>Too late to undo: %1.</source>
        <translation>来不及撤销：%1。</translation>
    </message>
    <message>
        <source>Sending was undone. The message is back here.</source>
        <translation>已撤销发送。邮件已回到这里。</translation>
    </message>
    <message>
        <source>Send Later</source>
        <translation>稍后发送</translation>
    </message>
    <message>
        <source>Send at</source>
        <translation>发送时间</translation>
    </message>
    <message>
        <source>Send &amp;at:</source>
        <translation>发送时间(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>加入队列(&amp;Q)</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>New Message</source>
        <translation>新邮件</translation>
    </message>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation>无法保存草稿：%1</translation>
    </message>
    <message>
        <source>Draft saved</source>
        <translation>草稿已保存</translation>
    </message>
    <message>
        <source>%1 (saved %2)</source>
        <translation>%1（保存于 %2）</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>（无主题）</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop writing the message; nothing is sent</source>
        <translation>停止写入邮件；不会发送任何内容</translation>
    </message>
    <message>
        <source>Writing the message…</source>
        <translation>正在写入邮件…</translation>
    </message>
</context>
<context>
    <name>ConsoleWindow</name>
    <message>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <source>SMTP Console</source>
        <translation>SMTP 控制台</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Connect or disconnect</source>
        <translation>连接或断开连接</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>会话</translation>
    </message>
    <message>
        <source>Type a command, e.g. NOOP, VRFY user, HELP — Enter sends</source>
        <translation>输入命令，例如 NOOP、VRFY user、HELP — 按 Enter 发送</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>账户(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>断开连接(&amp;D)</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>! Choose an account first (Settings → Accounts).</source>
        <translation>! 请先选择账户（设置 → 账户）。</translation>
    </message>
    <message>
        <source>Getting the password…</source>
        <translation>正在获取密码…</translation>
    </message>
    <message>
        <source>! %1</source>
        <translation>! %1</translation>
    </message>
</context>
<context>
    <name>DesktopNotifier</name>
    <message>
        <source>Outbound</source>
        <translation>Outbound</translation>
    </message>
    <message>
        <source>Show Outbound</source>
        <translation>显示 Outbound</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>（无主题）</translation>
    </message>
    <message>
        <source>Message not sent</source>
        <translation>邮件未发送</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>“%1”：%2</translation>
    </message>
    <message>
        <source>Message delayed</source>
        <translation>邮件已延迟</translation>
    </message>
    <message>
        <source>“%1” will be tried again: %2</source>
        <translation>“%1”将再次尝试发送：%2</translation>
    </message>
    <message>
        <source>“%1”: the connection was lost after the whole message was sent. Check before sending it again.</source>
        <translation>“%1”：整封邮件发送完毕后连接中断。再次发送前请先确认。</translation>
    </message>
    <message>
        <source>Message held</source>
        <translation>邮件已暂停</translation>
    </message>
    <message>
        <source>Delivery uncertain</source>
        <translation>投递情况不确定</translation>
    </message>
</context>
<context>
    <name>DraftStore</name>
    <message>
        <source>cannot create %1</source>
        <translation>无法创建 %1</translation>
    </message>
    <message>
        <source>%1 is not a draft: %2</source>
        <translation>%1 不是草稿：%2</translation>
    </message>
</context>
<context>
    <name>DurableFile</name>
    <message>
        <source>Could not save “%1”: %2</source>
        <translation>无法保存“%1”：%2</translation>
    </message>
    <message>
        <source>Saved “%1”, but could not flush its folder to disk: %2</source>
        <translation>已保存“%1”，但无法将其所在文件夹刷新到磁盘：%2</translation>
    </message>
</context>
<context>
    <name>MailAddress</name>
    <message>
        <source>The address is empty.</source>
        <translation>地址为空。</translation>
    </message>
    <message>
        <source>The name “%1” contains a line break or a NUL character.</source>
        <translation>名称“%1”包含换行符或 NUL 字符。</translation>
    </message>
    <message>
        <source>The address “%1” contains a line break or a NUL character.</source>
        <translation>地址“%1”包含换行符或 NUL 字符。</translation>
    </message>
    <message>
        <source>“%1” is not a single address of the form name@example.org.</source>
        <translation>“%1”不是形如 name@example.org 的单个地址。</translation>
    </message>
    <message>
        <source>The address list contains a line break or a NUL character.</source>
        <translation>地址列表包含换行符或 NUL 字符。</translation>
    </message>
    <message>
        <source>“%1” has no domain: an address looks like name@example.org.</source>
        <translation>“%1”没有域名：地址的形式应为 name@example.org。</translation>
    </message>
    <message>
        <source>“%1” has a domain that is not a valid internationalised domain name.</source>
        <translation>“%1”的域名不是有效的国际化域名。</translation>
    </message>
    <message>
        <source>The address “%1” contains a control character.</source>
        <translation>地址“%1”包含控制字符。</translation>
    </message>
    <message>
        <source>The address list cannot be read.</source>
        <translation>无法读取地址列表。</translation>
    </message>
    <message>
        <source>“%1” is not a valid address.</source>
        <translation>“%1”不是有效的地址。</translation>
    </message>
    <message>
        <source>The address list cannot be read: a quote, parenthesis or angle bracket is not closed.</source>
        <translation>无法读取地址列表：有引号、圆括号或尖括号未闭合。</translation>
    </message>
    <message>
        <source>The address list cannot be read: a group cannot hold another group.</source>
        <translation>无法读取地址列表：一个组不能包含另一个组。</translation>
    </message>
    <message>
        <source>“%1” has a domain literal with characters other than ASCII letters, digits and punctuation.</source>
        <translation>“%1”的域名字面量（domain literal）包含 ASCII 字母、数字和标点以外的字符。</translation>
    </message>
    <message>
        <source>“%1” has a domain literal with “@” in it: an address literal is an IP address in brackets, as in name@[192.0.2.1].</source>
        <translation>“%1”的域名字面量中含有“@”：地址字面量应是方括号中的 IP 地址，例如 name@[192.0.2.1]。</translation>
    </message>
</context>
<context>
    <name>MailboxLoginTest</name>
    <message>
        <source>idle</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>正在连接</translation>
    </message>
    <message>
        <source>waiting for the greeting</source>
        <translation>正在等待问候语</translation>
    </message>
    <message>
        <source>asking for capabilities</source>
        <translation>正在查询服务器能力</translation>
    </message>
    <message>
        <source>starting TLS</source>
        <translation>正在启动 TLS</translation>
    </message>
    <message>
        <source>TLS handshake</source>
        <translation>TLS 握手</translation>
    </message>
    <message>
        <source>logging in</source>
        <translation>正在登录</translation>
    </message>
    <message>
        <source>logging out</source>
        <translation>正在注销</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>No server host name is set.</source>
        <translation>未设置服务器主机名。</translation>
    </message>
    <message>
        <source>No user name is set.</source>
        <translation>未设置用户名。</translation>
    </message>
    <message>
        <source>This build has no TLS support.</source>
        <translation>此版本不支持 TLS。</translation>
    </message>
    <message>
        <source>Connecting to %1 (%2, %3)</source>
        <translation>正在连接 %1（%2，%3）</translation>
    </message>
    <message>
        <source>the connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>Login test succeeded</source>
        <translation>登录测试成功</translation>
    </message>
    <message>
        <source>The server sent a line longer than %1 bytes.</source>
        <translation>服务器发送的行超过了 %1 字节。</translation>
    </message>
    <message>
        <source>The server announced a literal of %1 bytes.</source>
        <translation>服务器声明了一个 %1 字节的字面量（literal）。</translation>
    </message>
    <message>
        <source>(%1 bytes of literal data not shown)</source>
        <translation>（未显示 %1 字节的字面量数据）</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>已连接到 %1</translation>
    </message>
    <message>
        <source>the TLS handshake</source>
        <translation>TLS 握手</translation>
    </message>
    <message>
        <source>the greeting</source>
        <translation>问候语</translation>
    </message>
    <message>
        <source>Certificate problem accepted by the pinned certificate: %1</source>
        <translation>证书问题已因固定的证书而被接受：%1</translation>
    </message>
    <message>
        <source>Certificate problem: %1</source>
        <translation>证书问题：%1</translation>
    </message>
    <message>
        <source>TLS established: %1</source>
        <translation>已建立 TLS：%1</translation>
    </message>
    <message>
        <source>Host %1 not found.</source>
        <translation>找不到主机 %1。</translation>
    </message>
    <message>
        <source>%1 refused the connection.</source>
        <translation>%1 拒绝了连接。</translation>
    </message>
    <message>
        <source>The TLS handshake failed: %1</source>
        <translation>TLS 握手失败：%1</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted: %1.</source>
        <translation>服务器的证书不受信任：%1。</translation>
    </message>
    <message>
        <source>Certificate: %1.</source>
        <translation>证书：%1。</translation>
    </message>
    <message>
        <source>The server closed the connection while we were waiting for %1.</source>
        <translation>在等待%1时，服务器关闭了连接。</translation>
    </message>
    <message>
        <source>No answer to the logout; the login itself succeeded</source>
        <translation>注销没有回应；登录本身已成功</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 seconds while we were waiting for %3.</source>
        <translation>在等待%3时，%1 在 %2 秒内没有响应。</translation>
    </message>
    <message numerus="yes">
        <source>The server sent %n byte(s) after agreeing to start TLS and before the handshake; they may have been injected, so the connection was closed.</source>
        <translation>
            <numerusform>服务器在同意启动 TLS 之后、握手之前发送了 %n 字节数据；这些数据可能是被注入的，因此已关闭连接。</numerusform>
        </translation>
    </message>
    <message>
        <source>the capabilities</source>
        <translation>能力列表</translation>
    </message>
    <message>
        <source>The server sent something that is not an IMAP response: %1</source>
        <translation>服务器发送的内容不是 IMAP 响应：%1</translation>
    </message>
    <message>
        <source>The server answered a command we did not send (tag %1).</source>
        <translation>服务器回应了一条我们未发送的命令（标签 %1）。</translation>
    </message>
    <message>
        <source>The server is closing the connection: %1</source>
        <translation>服务器正在关闭连接：%1</translation>
    </message>
    <message>
        <source>The server did not start with a greeting.</source>
        <translation>服务器没有以问候语开始。</translation>
    </message>
    <message>
        <source>The server logged us in before STARTTLS (PREAUTH), so the connection cannot be secured.</source>
        <translation>服务器在 STARTTLS 之前就让我们登录了（PREAUTH），因此无法保护连接。</translation>
    </message>
    <message>
        <source>The server pre-authenticated the connection; no credentials were tested</source>
        <translation>服务器已预先验证此连接；未测试任何凭据</translation>
    </message>
    <message>
        <source>the logout</source>
        <translation>注销</translation>
    </message>
    <message>
        <source>Unexpected greeting: %1</source>
        <translation>意外的问候语：%1</translation>
    </message>
    <message>
        <source>Greeting: %1</source>
        <translation>问候语：%1</translation>
    </message>
    <message>
        <source>The server refused CAPABILITY: %1</source>
        <translation>服务器拒绝了 CAPABILITY：%1</translation>
    </message>
    <message>
        <source>The server answered CAPABILITY without listing its capabilities.</source>
        <translation>服务器回应了 CAPABILITY，但没有列出其能力。</translation>
    </message>
    <message>
        <source>Capabilities: %1</source>
        <translation>能力：%1</translation>
    </message>
    <message>
        <source>The server does not offer STARTTLS; nothing was sent in plaintext.</source>
        <translation>服务器不支持 STARTTLS；未以明文发送任何内容。</translation>
    </message>
    <message>
        <source>the answer to STARTTLS</source>
        <translation>STARTTLS 的回应</translation>
    </message>
    <message>
        <source>The server refused STARTTLS: %1</source>
        <translation>服务器拒绝了 STARTTLS：%1</translation>
    </message>
    <message>
        <source>the login</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>The server offers no OAuth mechanism (it offers: %1).</source>
        <translation>服务器不提供任何 OAuth 机制（它提供：%1）。</translation>
    </message>
    <message>
        <source>The server disables LOGIN here and offers no mechanism we support (it offers: %1).</source>
        <translation>服务器在此禁用了 LOGIN，且不提供我们支持的任何机制（它提供：%1）。</translation>
    </message>
    <message>
        <source>The server asked for more than the login needs.</source>
        <translation>服务器要求的内容超出了登录所需。</translation>
    </message>
    <message>
        <source>The server rejected the login for %1 (%2):%3 %4</source>
        <translation>服务器拒绝了 %1 的登录（%2）：%3 %4</translation>
    </message>
    <message>
        <source>The server accepted the login without proving that it knows the password (%1); it may be an impostor.</source>
        <translation>服务器未证明它知道密码就接受了登录（%1）；它可能是冒充者。</translation>
    </message>
    <message>
        <source>The server&apos;s greeting is not a POP3 greeting: %1</source>
        <translation>服务器的问候语不是 POP3 问候语：%1</translation>
    </message>
    <message>
        <source>The server refused the connection: %1</source>
        <translation>服务器拒绝了连接：%1</translation>
    </message>
    <message>
        <source>Unexpected answer to CAPA: %1</source>
        <translation>对 CAPA 的意外回应：%1</translation>
    </message>
    <message>
        <source>Capabilities: none listed (no CAPA)</source>
        <translation>能力：未列出（不支持 CAPA）</translation>
    </message>
    <message>
        <source>The server does not offer STLS; nothing was sent in plaintext.</source>
        <translation>服务器不支持 STLS；未以明文发送任何内容。</translation>
    </message>
    <message>
        <source>the answer to STLS</source>
        <translation>STLS 的回应</translation>
    </message>
    <message>
        <source>Unexpected answer to STLS: %1</source>
        <translation>对 STLS 的意外回应：%1</translation>
    </message>
    <message>
        <source>The server refused STLS: %1</source>
        <translation>服务器拒绝了 STLS：%1</translation>
    </message>
    <message>
        <source>The server allows neither USER/PASS nor a mechanism we support here (it offers: %1).</source>
        <translation>服务器既不允许 USER/PASS，也不提供我们在此支持的任何机制（它提供：%1）。</translation>
    </message>
    <message>
        <source>Unexpected answer during login: %1</source>
        <translation>登录期间收到意外回应：%1</translation>
    </message>
    <message>
        <source>Unexpected answer during login.</source>
        <translation>登录期间收到意外回应。</translation>
    </message>
    <message>
        <source>The server does not offer %1 (it offers: %2), or it does not fit the credentials.</source>
        <translation>服务器不提供 %1（它提供：%2），或者该机制与凭据不匹配。</translation>
    </message>
    <message>
        <source>The server sent a malformed %1 challenge.</source>
        <translation>服务器发送了格式错误的 %1 质询。</translation>
    </message>
    <message>
        <source>Logged in as %1 (%2)</source>
        <translation>已以 %1 身份登录（%2）</translation>
    </message>
    <message>
        <source>The server sent a response of more than %1 lines.</source>
        <translation>服务器发送的响应超过了 %1 行。</translation>
    </message>
    <message>
        <source>The server sent a response of more than %1 bytes.</source>
        <translation>服务器发送的响应超过了 %1 字节。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Outbound</source>
        <translation>Outbound</translation>
    </message>
    <message>
        <source>Outbound outbox</source>
        <translation>Outbound 发件箱</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>显示(&amp;W)：</translation>
    </message>
    <message>
        <source>Show messages in state</source>
        <translation>按状态显示邮件</translation>
    </message>
    <message>
        <source>Fi&amp;lter:</source>
        <translation>筛选(&amp;L)：</translation>
    </message>
    <message>
        <source>Filter messages by text</source>
        <translation>按文本筛选邮件</translation>
    </message>
    <message>
        <source>Subject, recipient, account or reply</source>
        <translation>主题、收件人、账户或回复</translation>
    </message>
    <message>
        <source>Outbox messages</source>
        <translation>发件箱邮件</translation>
    </message>
    <message>
        <source>Account %1 needs attention: %2</source>
        <translation>账户 %1 需要处理：%2</translation>
    </message>
    <message>
        <source>&amp;New Message…</source>
        <translation>新建邮件(&amp;N)…</translation>
    </message>
    <message>
        <source>Write a new message</source>
        <translation>撰写新邮件</translation>
    </message>
    <message>
        <source>&amp;Retry Now</source>
        <translation>立即重试(&amp;R)</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Send the selected messages now</source>
        <translation>立即发送所选邮件</translation>
    </message>
    <message>
        <source>&amp;Hold</source>
        <translation>暂停(&amp;H)</translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <source>Keep the selected messages back</source>
        <translation>暂缓发送所选邮件</translation>
    </message>
    <message>
        <source>Re&amp;lease</source>
        <translation>恢复(&amp;L)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+H</source>
        <translation>Ctrl+Shift+H</translation>
    </message>
    <message>
        <source>Let held messages go</source>
        <translation>让已暂停的邮件继续发送</translation>
    </message>
    <message>
        <source>&amp;Edit and Requeue…</source>
        <translation>编辑并重新排队(&amp;E)…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Open the message in a compose window</source>
        <translation>在撰写窗口中打开邮件</translation>
    </message>
    <message>
        <source>Show &amp;Source</source>
        <translation>显示源码(&amp;S)</translation>
    </message>
    <message>
        <source>Ctrl+U</source>
        <translation>Ctrl+U</translation>
    </message>
    <message>
        <source>Show the message as it is sent</source>
        <translation>按发送时的原样显示邮件</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>Remove the selected messages from the outbox</source>
        <translation>从发件箱中删除所选邮件</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>账户(&amp;A)…</translation>
    </message>
    <message>
        <source>Set up the accounts messages are sent through</source>
        <translation>设置用于发送邮件的账户</translation>
    </message>
    <message>
        <source>&amp;Filter Messages</source>
        <translation>筛选邮件(&amp;F)</translation>
    </message>
    <message>
        <source>Type to filter the outbox</source>
        <translation>输入文字以筛选发件箱</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Close every window and quit</source>
        <translation>关闭所有窗口并退出</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>发件箱</translation>
    </message>
    <message>
        <source>Outbox actions</source>
        <translation>发件箱操作</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Outbox</source>
        <translation>发件箱(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Transcript</source>
        <translation>会话记录(&amp;T)</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>Show or hide the live transcript</source>
        <translation>显示或隐藏实时会话记录</translation>
    </message>
    <message>
        <source>T&amp;oolbar</source>
        <translation>工具栏(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>Messages under way</source>
        <translation>进行中的邮件</translation>
    </message>
    <message>
        <source>Network state</source>
        <translation>网络状态</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>Messages are sent as they become due.</source>
        <translation>邮件到期即发送。</translation>
    </message>
    <message>
        <source>No network: messages wait until it returns.</source>
        <translation>没有网络：邮件将等待网络恢复。</translation>
    </message>
    <message numerus="yes">
        <source>%n sending</source>
        <translation>
            <numerusform>%n 封发送中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n queued</source>
        <translation>
            <numerusform>%n 封排队中</numerusform>
        </translation>
    </message>
    <message>
        <source>Message %1: %2</source>
        <translation>邮件 %1：%2</translation>
    </message>
    <message>
        <source>Retry Now</source>
        <translation>立即重试</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Delete Messages</source>
        <translation>删除邮件</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Edit and Requeue</source>
        <translation>编辑并重新排队</translation>
    </message>
    <message>
        <source>SMTP &amp;Console…</source>
        <translation>SMTP 控制台(&amp;C)…</translation>
    </message>
    <message>
        <source>Type SMTP commands to an account&apos;s server</source>
        <translation>向账户的服务器输入 SMTP 命令</translation>
    </message>
    <message>
        <source>&amp;Sandbox…</source>
        <translation>沙盒(&amp;S)…</translation>
    </message>
    <message>
        <source>Read what the built-in sandbox server captured, and rehearse failures</source>
        <translation>查看内置沙盒服务器捕获的内容，并模拟故障</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>Saved &amp;Drafts</source>
        <translation>已保存的草稿(&amp;D)</translation>
    </message>
    <message>
        <source>No saved drafts</source>
        <translation>没有已保存的草稿</translation>
    </message>
    <message>
        <source>not sent yet; it will not be sent</source>
        <translation>尚未发送；将不会发送</translation>
    </message>
    <message>
        <source>being sent right now; it cannot be deleted</source>
        <translation>正在发送；无法删除</translation>
    </message>
    <message>
        <source>refused, not delivered; only the record is removed</source>
        <translation>已被拒绝，未投递；只删除记录</translation>
    </message>
    <message>
        <source>already sent; only the record is removed</source>
        <translation>已发送；只删除记录</translation>
    </message>
    <message>
        <source>may already have been delivered; only the record is removed, and it will not be sent again</source>
        <translation>可能已经投递；只删除记录，且不会再次发送</translation>
    </message>
    <message>
        <source>&amp;Undo Delete</source>
        <translation>撤销删除(&amp;U)</translation>
    </message>
    <message>
        <source>Bring back the messages deleted last</source>
        <translation>恢复最近一次删除的邮件</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>Send again a message that may already have been delivered?</source>
        <translation>要再次发送可能已投递的邮件吗？</translation>
    </message>
    <message>
        <source>Send &amp;Again</source>
        <translation>再次发送(&amp;A)</translation>
    </message>
    <message>
        <source>message %1</source>
        <translation>邮件 %1</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>（无主题）</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 及另外 %n 个收件人</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” to %2 — %3</source>
        <translation>发给 %2 的“%1” — %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… 以及另外 %n 封邮件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n message(s) from the outbox?</source>
        <translation>
            <numerusform>要从发件箱中删除 %n 封邮件吗？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted messages are kept for %n day(s); Edit → Undo Delete brings them back.</source>
        <translation>
            <numerusform>已删除的邮件会保留 %n 天；使用“编辑 → 撤销删除”可将其恢复。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) deleted; Edit → Undo Delete brings them back.</source>
        <translation>
            <numerusform>已删除 %n 封邮件；使用“编辑 → 撤销删除”可将其恢复。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) restored.</source>
        <translation>
            <numerusform>已恢复 %n 封邮件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo Delete</source>
        <translation>撤销删除</translation>
    </message>
    <message>
        <source>The connection was lost after the whole message had been sent, so the server may have accepted it. Sending it again may deliver it twice: check with the recipients or the server&apos;s logs first.</source>
        <translation>整封邮件发送完毕后连接中断，因此服务器可能已接受该邮件。再次发送可能导致重复投递：请先向收件人确认，或查看服务器日志。</translation>
    </message>
    <message>
        <source>Possible Duplicate</source>
        <translation>可能重复</translation>
    </message>
    <message>
        <source>Edit and send again a message that may already have been delivered?</source>
        <translation>要编辑并再次发送可能已投递的邮件吗？</translation>
    </message>
    <message>
        <source>&amp;Edit Anyway</source>
        <translation>仍然编辑(&amp;E)</translation>
    </message>
</context>
<context>
    <name>MessageDetail</name>
    <message>
        <source>Pending</source>
        <translation>待定</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Message details</source>
        <translation>邮件详情</translation>
    </message>
    <message>
        <source>Select a message to see its recipients, attempts and source.</source>
        <translation>选择一封邮件以查看其收件人、发送尝试和源码。</translation>
    </message>
    <message>
        <source>Message summary</source>
        <translation>邮件摘要</translation>
    </message>
    <message>
        <source>Message detail pages</source>
        <translation>邮件详情页</translation>
    </message>
    <message>
        <source>Recipients and their results</source>
        <translation>收件人及其结果</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Server reply</source>
        <translation>服务器回复</translation>
    </message>
    <message>
        <source>&amp;Recipients</source>
        <translation>收件人(&amp;R)</translation>
    </message>
    <message>
        <source>Delivery attempts</source>
        <translation>投递尝试</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Transcript of the selected attempt</source>
        <translation>所选尝试的会话记录</translation>
    </message>
    <message>
        <source>Select an attempt to see its transcript.</source>
        <translation>选择一次尝试以查看其会话记录。</translation>
    </message>
    <message>
        <source>&amp;Attempts</source>
        <translation>尝试(&amp;A)</translation>
    </message>
    <message>
        <source>MIME structure</source>
        <translation>MIME 结构</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>处置方式</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Header fields of the selected part</source>
        <translation>所选部分的头字段</translation>
    </message>
    <message>
        <source>S&amp;tructure</source>
        <translation>结构(&amp;T)</translation>
    </message>
    <message>
        <source>Message source</source>
        <translation>邮件源码</translation>
    </message>
    <message>
        <source>S&amp;ource</source>
        <translation>源码(&amp;O)</translation>
    </message>
    <message>
        <source>This message is no longer in the outbox.</source>
        <translation>此邮件已不在发件箱中。</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>（无主题）</translation>
    </message>
    <message>
        <source>From %1 through %2, %3</source>
        <translation>发件人 %1，经由 %2，%3</translation>
    </message>
    <message>
        <source>%1 — created %2</source>
        <translation>%1 — 创建于 %2</translation>
    </message>
    <message>
        <source>, sent %1</source>
        <translation>，发送于 %1</translation>
    </message>
    <message>
        <source>, server queue id %1</source>
        <translation>，服务器队列 ID %1</translation>
    </message>
    <message>
        <source>The message cannot be read: %1</source>
        <translation>无法读取邮件：%1</translation>
    </message>
    <message numerus="yes">
        <source>The message nests deeper than %n level(s); the deepest parts are not shown.</source>
        <translation>
            <numerusform>邮件嵌套超过 %n 层；最深的部分未显示。</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing the first %1 of %2.</source>
        <translation>仅显示前 %1（共 %2）。</translation>
    </message>
    <message numerus="yes">
        <source>%n messages selected. The actions apply to all of them; select one to see its details.</source>
        <translation>
            <numerusform>已选择 %n 封邮件。操作将应用于所有选中的邮件；选择单封邮件可查看其详细信息。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not delivered to %1</source>
        <translation>未投递给：%1</translation>
    </message>
</context>
<context>
    <name>MessageDraftReader</name>
    <message>
        <source>The message&apos;s From field must hold exactly one address.</source>
        <translation>邮件的 From 字段必须恰好包含一个地址。</translation>
    </message>
    <message>
        <source>The message has no From field.</source>
        <translation>邮件没有 From 字段。</translation>
    </message>
    <message>
        <source>The message&apos;s %1 field cannot be read: %2</source>
        <translation>无法读取邮件的 %1 字段：%2</translation>
    </message>
    <message>
        <source>Cannot save the part “%1”: %2</source>
        <translation>无法保存部分“%1”：%2</translation>
    </message>
    <message>
        <source>Cannot save the part “%1”: too many files of that name.</source>
        <translation>无法保存部分“%1”：同名文件过多。</translation>
    </message>
    <message>
        <source>Cannot save the part “%1”.</source>
        <translation>无法保存部分“%1”。</translation>
    </message>
    <message>
        <source>“%1” is not a message file.</source>
        <translation>“%1”不是邮件文件。</translation>
    </message>
    <message>
        <source>Could not open “%1”: %2</source>
        <translation>无法打开“%1”：%2</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail message: it does not start with header fields.</source>
        <translation>“%1”不是电子邮件：它不是以头字段开头。</translation>
    </message>
    <message>
        <source>Could not create the folder “%1”.</source>
        <translation>无法创建文件夹“%1”。</translation>
    </message>
</context>
<context>
    <name>MessageEnvelopeReader</name>
    <message>
        <source>The message is not open for reading.</source>
        <translation>邮件未以读取方式打开。</translation>
    </message>
    <message>
        <source>Could not create a temporary file: %1</source>
        <translation>无法创建临时文件：%1</translation>
    </message>
    <message>
        <source>Could not copy the message: %1</source>
        <translation>无法复制邮件：%1</translation>
    </message>
    <message>
        <source>Could not open “%1”: %2</source>
        <translation>无法打开“%1”：%2</translation>
    </message>
    <message>
        <source>Could not create “%1”: %2</source>
        <translation>无法创建“%1”：%2</translation>
    </message>
    <message>
        <source>Could not read the message file.</source>
        <translation>无法读取邮件文件。</translation>
    </message>
    <message>
        <source>This is not an e-mail message: it does not start with header fields.</source>
        <translation>这不是电子邮件：它不是以头字段开头。</translation>
    </message>
    <message>
        <source>The message header has a line that is not a header field: “%1”.</source>
        <translation>邮件头中有一行不是头字段：“%1”。</translation>
    </message>
    <message>
        <source>The %1 field cannot be read: %2</source>
        <translation>无法读取 %1 字段：%2</translation>
    </message>
    <message>
        <source>The message has no sender: neither a From nor a Sender field.</source>
        <translation>邮件没有发件人：既没有 From 字段，也没有 Sender 字段。</translation>
    </message>
    <message>
        <source>The message has no recipients in its Resent-To, Resent-Cc or Resent-Bcc fields.</source>
        <translation>邮件的 Resent-To、Resent-Cc 或 Resent-Bcc 字段中没有收件人。</translation>
    </message>
    <message>
        <source>The message has no recipients: no address in To, Cc or Bcc.</source>
        <translation>邮件没有收件人：To、Cc 或 Bcc 中没有地址。</translation>
    </message>
    <message>
        <source>Could not read the message: %1</source>
        <translation>无法读取邮件：%1</translation>
    </message>
    <message>
        <source>Could not write the copy to send: %1</source>
        <translation>无法写入待发送的副本：%1</translation>
    </message>
    <message>
        <source>Line %1 of the message header is too long.</source>
        <translation>邮件头第 %1 行过长。</translation>
    </message>
    <message>
        <source>The message header starts with a continuation line.</source>
        <translation>邮件头以续行开头。</translation>
    </message>
    <message>
        <source>Line %1 of the message header is not a header field.</source>
        <translation>邮件头第 %1 行不是头字段。</translation>
    </message>
    <message>
        <source>The message cannot be sent as SMTP data: %1.</source>
        <translation>邮件无法作为 SMTP 数据发送：%1。</translation>
    </message>
    <message>
        <source>The message header cannot be read as a whole: field %1 is read differently by the MIME parser.</source>
        <translation>无法一致地读取邮件头：MIME 解析器对第 %1 个字段的解读不同。</translation>
    </message>
</context>
<context>
    <name>MessageTree</name>
    <message>
        <source>Could not open “%1”: %2</source>
        <translation>无法打开“%1”：%2</translation>
    </message>
    <message>
        <source>The message is not open for reading.</source>
        <translation>邮件未以读取方式打开。</translation>
    </message>
    <message>
        <source>Could not create a temporary file: %1</source>
        <translation>无法创建临时文件：%1</translation>
    </message>
    <message>
        <source>Could not copy the message: %1</source>
        <translation>无法复制邮件：%1</translation>
    </message>
    <message>
        <source>Could not read the message file.</source>
        <translation>无法读取邮件文件。</translation>
    </message>
    <message>
        <source>This is not an e-mail message: it does not start with header fields.</source>
        <translation>这不是电子邮件：它不是以头字段开头。</translation>
    </message>
</context>
<context>
    <name>MessageWriter</name>
    <message>
        <source>not a regular file</source>
        <translation>不是普通文件</translation>
    </message>
    <message>
        <source>Cannot attach “%1”: %2</source>
        <translation>无法附加“%1”：%2</translation>
    </message>
    <message>
        <source>Line %1 of the message would be longer than 998 octets.</source>
        <translation>邮件第 %1 行将超过 998 个字节。</translation>
    </message>
    <message>
        <source>Line %1 of the message has a bare CR or LF.</source>
        <translation>邮件第 %1 行含有单独的 CR 或 LF。</translation>
    </message>
    <message>
        <source>The message has no sender (From).</source>
        <translation>邮件没有发件人（From）。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: the address “%2” has a non-ASCII local part, which only a server with SMTPUTF8 can carry.</source>
        <translation>%1：地址“%2”的本地部分含有非 ASCII 字符，只有支持 SMTPUTF8 的服务器才能传送。</translation>
    </message>
    <message>
        <source>The message has no recipients (To, Cc or Bcc).</source>
        <translation>邮件没有收件人（To、Cc 或 Bcc）。</translation>
    </message>
    <message>
        <source>The subject contains a line break or a NUL character.</source>
        <translation>主题包含换行符或 NUL 字符。</translation>
    </message>
    <message>
        <source>“%1” is not a valid header name.</source>
        <translation>“%1”不是有效的头字段名。</translation>
    </message>
    <message>
        <source>The %1 header is set by the message writer, not as an extra header.</source>
        <translation>%1 头字段由邮件生成器设置，不能作为额外头字段设置。</translation>
    </message>
    <message>
        <source>The value of the %1 header contains a line break or a NUL character.</source>
        <translation>%1 头字段的值包含换行符或 NUL 字符。</translation>
    </message>
    <message>
        <source>An attachment has no file.</source>
        <translation>有附件没有指定文件。</translation>
    </message>
    <message>
        <source>The attachment “%1” has no file name.</source>
        <translation>附件“%1”没有文件名。</translation>
    </message>
    <message>
        <source>The file name “%1” contains a line break or a NUL character.</source>
        <translation>文件名“%1”包含换行符或 NUL 字符。</translation>
    </message>
    <message>
        <source>The file name “%1…” is longer than 1,000 characters.</source>
        <translation>文件名“%1…”超过了 1,000 个字符。</translation>
    </message>
    <message>
        <source>“%1” is not a media type of the form type/subtype.</source>
        <translation>“%1”不是形如 type/subtype 的媒体类型。</translation>
    </message>
    <message>
        <source>“%1” is not a valid Content-ID: it looks like part1.x@example.org.</source>
        <translation>“%1”不是有效的 Content-ID：其形式应类似 part1.x@example.org。</translation>
    </message>
    <message>
        <source>Inline parts are referred to from the HTML body, but there is none.</source>
        <translation>内嵌部分需要从 HTML 正文中引用，但邮件没有 HTML 正文。</translation>
    </message>
    <message>
        <source>The DSN envelope id must be at most 100 printable ASCII characters.</source>
        <translation>DSN 信封 ID 最多只能包含 100 个可打印 ASCII 字符。</translation>
    </message>
    <message>
        <source>Could not write the message: %1</source>
        <translation>无法写入邮件：%1</translation>
    </message>
    <message>
        <source>Could not write the message: an attachment could not be read.</source>
        <translation>无法写入邮件：有附件无法读取。</translation>
    </message>
    <message>
        <source>Could not create “%1”: %2</source>
        <translation>无法创建“%1”：%2</translation>
    </message>
    <message>
        <source>Line %1 of the message would have a NUL byte.</source>
        <translation>邮件第 %1 行将含有 NUL 字节。</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>Queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>发送中</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>已推迟</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>Uncertain</source>
        <translation>不确定</translation>
    </message>
    <message>
        <source>Partly sent</source>
        <translation>已部分发送</translation>
    </message>
    <message>
        <source>%1, partly sent</source>
        <translation>%1，已部分发送</translation>
    </message>
    <message>
        <source>not tried yet</source>
        <translation>尚未尝试</translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <source>Accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <source>Accepted as %1</source>
        <translation>已接受，队列 ID %1</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>待定</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>（无主题）</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>尝试次数</translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation>下次尝试</translation>
    </message>
    <message>
        <source>Last reply</source>
        <translation>最后回复</translation>
    </message>
    <message>
        <source>Sending, %1%</source>
        <translation>发送中，%1%</translation>
    </message>
    <message>
        <source>Not delivered to %1</source>
        <translation>未投递给：%1</translation>
    </message>
    <message>
        <source>All messages</source>
        <translation>所有邮件</translation>
    </message>
    <message>
        <source>Waiting to go</source>
        <translation>等待发送</translation>
    </message>
    <message>
        <source>Needing attention</source>
        <translation>需要处理</translation>
    </message>
</context>
<context>
    <name>OutboxReader</name>
    <message>
        <source>no queue database in %1</source>
        <translation>%1 中没有队列数据库</translation>
    </message>
    <message>
        <source>%1 is not an SQLite database</source>
        <translation>%1 不是 SQLite 数据库</translation>
    </message>
    <message>
        <source>queue database error: %1</source>
        <translation>队列数据库错误：%1</translation>
    </message>
</context>
<context>
    <name>OutboxScheduler</name>
    <message>
        <source>the account &quot;%1&quot; does not exist</source>
        <translation>账户“%1”不存在</translation>
    </message>
    <message>
        <source>no password for &quot;%1&quot;: %2</source>
        <translation>“%1”没有密码：%2</translation>
    </message>
    <message>
        <source>the spool file %1 cannot be read: %2</source>
        <translation>无法读取队列文件 %1：%2</translation>
    </message>
</context>
<context>
    <name>OutboxStore</name>
    <message>
        <source>cannot create %1</source>
        <translation>无法创建 %1</translation>
    </message>
    <message>
        <source>cannot take the outbox lock in %1</source>
        <translation>无法在 %1 中获取发件箱锁</translation>
    </message>
    <message>
        <source>cannot open the queue database %1: %2</source>
        <translation>无法打开队列数据库 %1：%2</translation>
    </message>
    <message>
        <source>cannot create the queue database: %1</source>
        <translation>无法创建队列数据库：%1</translation>
    </message>
    <message>
        <source>queue database error (%1): %2</source>
        <translation>队列数据库错误（%1）：%2</translation>
    </message>
    <message>
        <source>the message has no recipients</source>
        <translation>邮件没有收件人</translation>
    </message>
    <message>
        <source>cannot write to the spool: %1</source>
        <translation>无法写入队列存储：%1</translation>
    </message>
    <message>
        <source>the message is empty</source>
        <translation>邮件为空</translation>
    </message>
    <message>
        <source>queue database error: %1</source>
        <translation>队列数据库错误：%1</translation>
    </message>
    <message>
        <source>held when queued</source>
        <translation>加入队列时即暂停</translation>
    </message>
    <message>
        <source>no message %1 in the outbox</source>
        <translation>发件箱中没有邮件 %1</translation>
    </message>
    <message>
        <source>message %1 is not claimed by this process</source>
        <translation>邮件 %1 未被此进程认领</translation>
    </message>
    <message>
        <source>message %1 is %2; it cannot become %3</source>
        <translation>邮件 %1 当前为“%2”，无法变为“%3”</translation>
    </message>
    <message>
        <source>held by the user</source>
        <translation>已被用户暂停</translation>
    </message>
    <message>
        <source>message %1 is being sent right now; it cannot be deleted</source>
        <translation>邮件 %1 正在发送，无法删除</translation>
    </message>
    <message>
        <source>the process sending it stopped after the whole message was sent; the server may have it</source>
        <translation>发送它的进程在整封邮件发送完毕后停止了；服务器可能已收到该邮件</translation>
    </message>
    <message>
        <source>the process sending it stopped before the message was complete</source>
        <translation>发送它的进程在邮件发送完成前停止了</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>the message cannot be sent as SMTP data: %1</source>
        <translation>邮件无法作为 SMTP 数据发送：%1</translation>
    </message>
    <message numerus="yes">
        <source>no deleted message %1 (deleted messages are kept %n day(s))</source>
        <translation>
            <numerusform>没有已删除的邮件 %1（已删除的邮件保留 %n 天）</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot update the queue database: %1</source>
        <translation>无法更新队列数据库：%1</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>cannot create the profile folder %1</source>
        <translation>无法创建配置文件夹 %1</translation>
    </message>
    <message>
        <source>cannot read the profile folder %1: %2</source>
        <translation>无法读取配置文件夹 %1：%2</translation>
    </message>
    <message>
        <source>the profile %1 is not a folder</source>
        <translation>配置 %1 不是文件夹</translation>
    </message>
    <message>
        <source>the profile folder %1 belongs to another user (uid %2); refusing to use it. Use a profile of your own (--profile DIR), or, if it is yours, chown it to yourself</source>
        <translation>配置文件夹 %1 属于另一个用户（uid %2）；拒绝使用。请使用您自己的配置（--profile DIR）；如果该文件夹属于您，请用 chown 将其所有者改为您自己</translation>
    </message>
    <message>
        <source>the profile folder %1 can be written by other users, who could change its accounts and the commands they run; refusing to use it. Check its files, then run: chmod 700 %1</source>
        <translation>配置文件夹 %1 可被其他用户写入，他们可能会更改其中的账户以及账户运行的命令；拒绝使用。请检查其中的文件，然后运行：chmod 700 %1</translation>
    </message>
    <message>
        <source>%1 belongs to another user or can be written by others; refusing to use it. Check what it holds, then make it a file of your own that only you can write (chmod 600 %1)</source>
        <translation>%1 属于另一个用户或可被他人写入；拒绝使用。请检查其内容，然后将其改为归您所有且只有您可以写入的文件（chmod 600 %1）</translation>
    </message>
    <message>
        <source>cannot make the profile folder %1 private (chmod 700): %2</source>
        <translation>无法将配置文件夹 %1 设为私有（chmod 700）：%2</translation>
    </message>
</context>
<context>
    <name>SandboxConnection</name>
    <message>
        <source>Greeting</source>
        <translation>发送问候语</translation>
    </message>
    <message>
        <source>Waiting for a command</source>
        <translation>正在等待命令</translation>
    </message>
    <message>
        <source>Authenticating</source>
        <translation>正在验证身份</translation>
    </message>
    <message>
        <source>Receiving message data</source>
        <translation>正在接收邮件数据</translation>
    </message>
    <message>
        <source>Receiving a BDAT chunk</source>
        <translation>正在接收 BDAT 数据块</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>正在关闭</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>a line longer than %1 octets</source>
        <translation>一行超过了 %1 个字节</translation>
    </message>
    <message>
        <source>message data: %1 octets</source>
        <translation>邮件数据：%1 字节</translation>
    </message>
    <message>
        <source>closed by the sandbox</source>
        <translation>已由沙盒关闭</translation>
    </message>
    <message>
        <source>closed by the client</source>
        <translation>已由客户端关闭</translation>
    </message>
    <message>
        <source>the client did not take the last reply in time</source>
        <translation>客户端未及时接收最后一条回复</translation>
    </message>
    <message>
        <source>no input for %1 s: closing</source>
        <translation>%1 秒内无输入：正在关闭</translation>
    </message>
    <message>
        <source>recipient failure rehearsed</source>
        <translation>已模拟收件人失败</translation>
    </message>
    <message>
        <source>authenticated as %1 (any password is accepted)</source>
        <translation>已以 %1 身份通过验证（接受任意密码）</translation>
    </message>
    <message>
        <source>end-of-data failure rehearsed; nothing stored</source>
        <translation>已模拟数据结束失败；未存储任何内容</translation>
    </message>
    <message>
        <source>the message could not be stored</source>
        <translation>无法存储邮件</translation>
    </message>
    <message>
        <source>stored message %1 (%2 octets)</source>
        <translation>已存储邮件 %1（%2 字节）</translation>
    </message>
    <message>
        <source>dropped after the end of data, before replying (rehearsal)</source>
        <translation>数据结束后、回复之前断开连接（模拟）</translation>
    </message>
    <message>
        <source>refused: the program that connected could not be identified</source>
        <translation>已拒绝：无法识别发起连接的程序</translation>
    </message>
    <message>
        <source>refused: the program that connected belongs to another user (uid %1)</source>
        <translation>已拒绝：发起连接的程序属于另一个用户（uid %1）</translation>
    </message>
    <message>
        <source>refused: the sandbox is full (%1 messages, %2 octets); clear it to make room</source>
        <translation>已拒绝：沙盒已满（%1 封邮件，%2 字节）；请清空沙盒以腾出空间</translation>
    </message>
    <message>
        <source>refused: the message does not fit in the sandbox (%1 messages, %2 octets); nothing stored</source>
        <translation>已拒绝：沙盒容纳不下该邮件（%1 封邮件，%2 字节）；未存储任何内容</translation>
    </message>
</context>
<context>
    <name>SandboxServer</name>
    <message>
        <source>No folder was given for captured messages</source>
        <translation>未指定用于存放捕获邮件的文件夹</translation>
    </message>
    <message>
        <source>Could not listen on %1:%2: %3</source>
        <translation>无法在 %1:%2 上监听：%3</translation>
    </message>
    <message>
        <source>the sandbox stopped</source>
        <translation>沙盒已停止</translation>
    </message>
</context>
<context>
    <name>SandboxStore</name>
    <message>
        <source>Could not create “%1”: %2</source>
        <translation>无法创建“%1”：%2</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <source>The message was already stored or discarded</source>
        <translation>该邮件已被存储或丢弃</translation>
    </message>
    <message>
        <source>Could not save “%1”: %2</source>
        <translation>无法保存“%1”：%2</translation>
    </message>
    <message>
        <source>Could not create the folder “%1”</source>
        <translation>无法创建文件夹“%1”</translation>
    </message>
    <message>
        <source>“%1” is not a sandbox message id</source>
        <translation>“%1”不是沙盒邮件 ID</translation>
    </message>
    <message>
        <source>Could not remove “%1”: %2</source>
        <translation>无法移除“%1”：%2</translation>
    </message>
</context>
<context>
    <name>SandboxWindow</name>
    <message>
        <source>Sandbox</source>
        <translation>沙盒</translation>
    </message>
    <message>
        <source>Sandbox address</source>
        <translation>沙盒地址</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>故障</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>接受</translation>
    </message>
    <message>
        <source>4xx: try again later</source>
        <translation>4xx：稍后重试</translation>
    </message>
    <message>
        <source>5xx: refuse</source>
        <translation>5xx：拒绝</translation>
    </message>
    <message>
        <source>Reply to RCPT TO</source>
        <translation>对 RCPT TO 的回复</translation>
    </message>
    <message>
        <source>1 fails every recipient; N fails the Nth, 2Nth, …</source>
        <translation>1 表示每个收件人都失败；N 表示第 N、2N、… 个收件人失败</translation>
    </message>
    <message>
        <source>&amp;RCPT TO:</source>
        <translation>&amp;RCPT TO：</translation>
    </message>
    <message>
        <source>Store, then drop the connection</source>
        <translation>存储后断开连接</translation>
    </message>
    <message>
        <source>Reply at the end of data</source>
        <translation>数据结束时的回复</translation>
    </message>
    <message>
        <source>&amp;End of data:</source>
        <translation>数据结束(&amp;E)：</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> 毫秒</translation>
    </message>
    <message>
        <source>No delay</source>
        <translation>无延迟</translation>
    </message>
    <message>
        <source>Delay before every reply, in milliseconds</source>
        <translation>每次回复前的延迟（毫秒）</translation>
    </message>
    <message>
        <source>S&amp;low replies:</source>
        <translation>慢速回复(&amp;L)：</translation>
    </message>
    <message>
        <source>What the outbox will show</source>
        <translation>发件箱中将显示的结果</translation>
    </message>
    <message>
        <source>Captured messages</source>
        <translation>捕获的邮件</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>接收时间</translation>
    </message>
    <message>
        <source>From</source>
        <translation>发件人</translation>
    </message>
    <message>
        <source>To</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Message source</source>
        <translation>邮件源码</translation>
    </message>
    <message>
        <source>Select a message to see its source.</source>
        <translation>选择一封邮件以查看其源码。</translation>
    </message>
    <message>
        <source>&amp;Clear…</source>
        <translation>清空(&amp;C)…</translation>
    </message>
    <message>
        <source>Delete every captured message</source>
        <translation>删除所有捕获的邮件</translation>
    </message>
    <message>
        <source>Listening on %1:%2</source>
        <translation>正在监听 %1:%2</translation>
    </message>
    <message>
        <source>Not running: %1</source>
        <translation>未运行：%1</translation>
    </message>
    <message>
        <source>Not running</source>
        <translation>未运行</translation>
    </message>
    <message>
        <source>&lt;&gt;</source>
        <translation>&lt;&gt;</translation>
    </message>
    <message>
        <source>Cannot read the message: %1</source>
        <translation>无法读取邮件：%1</translation>
    </message>
    <message>
        <source>[… shown: the first %1 of %2]</source>
        <translation>[… 仅显示前 %1，共 %2]</translation>
    </message>
    <message>
        <source>Clear the Sandbox</source>
        <translation>清空沙盒</translation>
    </message>
    <message numerus="yes">
        <source>Delete all %n captured message(s)? This cannot be undone.</source>
        <translation>
            <numerusform>要删除全部 %n 封捕获的邮件吗？此操作无法撤销。</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not delete: %1</source>
        <translation>无法删除：%1</translation>
    </message>
    <message>
        <source>every recipient</source>
        <translation>每个收件人</translation>
    </message>
    <message>
        <source>4xx on RCPT for %1: messages are deferred and retried.</source>
        <translation>对%1的 RCPT 返回 4xx：邮件将被推迟并重试。</translation>
    </message>
    <message>
        <source>5xx on RCPT for %1: those recipients are refused for good and the outbox shows the message as failed.</source>
        <translation>对%1的 RCPT 返回 5xx：这些收件人将被永久拒绝，发件箱会将邮件显示为失败。</translation>
    </message>
    <message>
        <source>4xx after the data: nothing is stored; messages are deferred and retried.</source>
        <translation>数据之后返回 4xx：不存储任何内容；邮件将被推迟并重试。</translation>
    </message>
    <message>
        <source>5xx after the data: nothing is stored; messages fail for good.</source>
        <translation>数据之后返回 5xx：不存储任何内容；邮件将永久失败。</translation>
    </message>
    <message>
        <source>Dropped after the dot: the message is stored here, but the outbox cannot tell whether it went; a retry shows up here as a duplicate.</source>
        <translation>在结束符“.”之后断开：邮件已存储在这里，但发件箱无法判断它是否已发出；重试的邮件会在这里显示为重复项。</translation>
    </message>
    <message>
        <source>Every reply waits %1 ms: sending is slow and may time out.</source>
        <translation>每次回复都等待 %1 毫秒：发送会变慢，并可能超时。</translation>
    </message>
    <message>
        <source>No failures: every message is accepted and shows as sent.</source>
        <translation>无故障：所有邮件都被接受并显示为已发送。</translation>
    </message>
    <message>
        <source>1 in </source>
        <translation>1/</translation>
    </message>
    <message>
        <source>Fail one recipient in N</source>
        <translation>每 N 个收件人中使 1 个失败</translation>
    </message>
    <message numerus="yes">
        <source>1 in %n recipient(s)</source>
        <translation>
            <numerusform>每 %n 个收件人中的 1 个</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sasl</name>
    <message>
        <source>The server sent a SCRAM challenge before the client&apos;s first message.</source>
        <translation>服务器在客户端的第一条消息之前发送了 SCRAM 质询。</translation>
    </message>
    <message>
        <source>The server sent a challenge after the exchange ended.</source>
        <translation>服务器在交换结束后发送了质询。</translation>
    </message>
    <message>
        <source>The SCRAM exchange has already failed.</source>
        <translation>SCRAM 交换已经失败。</translation>
    </message>
    <message>
        <source>The server&apos;s first SCRAM message is malformed.</source>
        <translation>服务器的第一条 SCRAM 消息格式错误。</translation>
    </message>
    <message>
        <source>The server rejected the authentication: %1</source>
        <translation>服务器拒绝了身份验证：%1</translation>
    </message>
    <message>
        <source>The server requires a SCRAM extension this client does not support.</source>
        <translation>服务器要求一个此客户端不支持的 SCRAM 扩展。</translation>
    </message>
    <message>
        <source>The server&apos;s SCRAM nonce does not match the client&apos;s.</source>
        <translation>服务器的 SCRAM nonce 与客户端的不匹配。</translation>
    </message>
    <message>
        <source>The server&apos;s SCRAM salt is missing or malformed.</source>
        <translation>服务器的 SCRAM salt 缺失或格式错误。</translation>
    </message>
    <message>
        <source>The server&apos;s SCRAM iteration count is malformed.</source>
        <translation>服务器的 SCRAM 迭代次数格式错误。</translation>
    </message>
    <message>
        <source>The server asked for only %1 SCRAM iterations; at least %2 are required.</source>
        <translation>服务器只要求 %1 次 SCRAM 迭代；至少需要 %2 次。</translation>
    </message>
    <message>
        <source>The server asked for %1 SCRAM iterations; at most %2 are accepted.</source>
        <translation>服务器要求 %1 次 SCRAM 迭代；最多接受 %2 次。</translation>
    </message>
    <message>
        <source>The SCRAM key could not be derived.</source>
        <translation>无法派生 SCRAM 密钥。</translation>
    </message>
    <message>
        <source>The server&apos;s final SCRAM message is malformed.</source>
        <translation>服务器的最后一条 SCRAM 消息格式错误。</translation>
    </message>
    <message>
        <source>The server could not prove that it knows the password: its SCRAM signature is wrong. It may be an impostor.</source>
        <translation>服务器无法证明它知道密码：其 SCRAM 签名错误。它可能是冒充者。</translation>
    </message>
    <message>
        <source>The user name or password contains a NUL character, which PLAIN cannot send.</source>
        <translation>用户名或密码包含 NUL 字符，PLAIN 无法发送该字符。</translation>
    </message>
    <message>
        <source>The server sent an empty CRAM-MD5 challenge.</source>
        <translation>服务器发送了空的 CRAM-MD5 质询。</translation>
    </message>
    <message>
        <source>The user name, host or access token contains a control character.</source>
        <translation>用户名、主机或访问令牌包含控制字符。</translation>
    </message>
</context>
<context>
    <name>ScreenshotTour</name>
    <message>
        <source>A Friend</source>
        <translation>一位朋友</translation>
    </message>
    <message>
        <source>Hello from Outbound</source>
        <translation>来自 Outbound 的问候</translation>
    </message>
    <message>
        <source>This message went to the built-in sandbox server.
</source>
        <translation>这封邮件已发送到内置的沙盒服务器。
</translation>
    </message>
</context>
<context>
    <name>SecretRequest</name>
    <message>
        <source>the account&apos;s password command is empty</source>
        <translation>账户的密码命令为空</translation>
    </message>
    <message>
        <source>the password command did not finish within %1 s</source>
        <translation>密码命令未在 %1 秒内完成</translation>
    </message>
    <message>
        <source>cannot run the password command: %1</source>
        <translation>无法运行密码命令：%1</translation>
    </message>
    <message>
        <source>the password command failed (exit code %1)%2</source>
        <translation>密码命令失败（退出码 %1）%2</translation>
    </message>
    <message>
        <source>the password command printed nothing</source>
        <translation>密码命令没有输出任何内容</translation>
    </message>
    <message>
        <source>the system keychain is not available (%1); store the password in a keychain that runs, or use a password command</source>
        <translation>系统密钥环不可用（%1）；请将密码存入正在运行的密钥环，或使用密码命令</translation>
    </message>
    <message>
        <source>the keychain has no password for this account; set one with `outboundctl account add`</source>
        <translation>密钥环中没有此账户的密码；请使用 `outboundctl account add` 设置密码</translation>
    </message>
    <message>
        <source>this build of Outbound has no keychain support; use a password command</source>
        <translation>此版本的 Outbound 不支持密钥环；请使用密码命令</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>no private folder for the instance socket: set XDG_RUNTIME_DIR, or use a profile with a shorter path</source>
        <translation>没有可用于实例套接字的私有文件夹：请设置 XDG_RUNTIME_DIR，或使用路径更短的配置</translation>
    </message>
</context>
<context>
    <name>SmtpAddress</name>
    <message>
        <source>The part before @ has an empty segment (a leading, trailing or double dot).</source>
        <translation>@ 之前的部分有空段（开头、结尾或连续的点）。</translation>
    </message>
    <message>
        <source>The address contains a space; spaces are allowed only in quotes.</source>
        <translation>地址包含空格；空格只能出现在引号内。</translation>
    </message>
    <message>
        <source>The part before @ contains a character not allowed there: &apos;%1&apos;.</source>
        <translation>@ 之前的部分包含不允许的字符：&apos;%1&apos;。</translation>
    </message>
    <message>
        <source>The address literal after @ is missing its closing &apos;]&apos;.</source>
        <translation>@ 之后的地址字面量缺少结尾的“]”。</translation>
    </message>
    <message>
        <source>The IPv6 address literal after @ is not a valid IPv6 address.</source>
        <translation>@ 之后的 IPv6 地址字面量不是有效的 IPv6 地址。</translation>
    </message>
    <message>
        <source>The address literal after @ is neither an IPv4 address nor &quot;IPv6:&quot; and an IPv6 address.</source>
        <translation>@ 之后的地址字面量既不是 IPv4 地址，也不是“IPv6:”加 IPv6 地址。</translation>
    </message>
    <message>
        <source>The domain after @ is not a valid internationalised domain name.</source>
        <translation>@ 之后的域名不是有效的国际化域名。</translation>
    </message>
    <message>
        <source>The domain after @ is longer than %1 octets.</source>
        <translation>@ 之后的域名超过了 %1 个字节。</translation>
    </message>
    <message>
        <source>The domain after @ has an empty label (a leading, trailing or double dot).</source>
        <translation>@ 之后的域名有空标签（开头、结尾或连续的点）。</translation>
    </message>
    <message>
        <source>A label of the domain after @ is longer than %1 octets.</source>
        <translation>@ 之后的域名中有标签超过了 %1 个字节。</translation>
    </message>
    <message>
        <source>A label of the domain after @ starts or ends with a hyphen.</source>
        <translation>@ 之后的域名中有标签以连字符开头或结尾。</translation>
    </message>
    <message>
        <source>The domain after @ contains a character not allowed in a host name.</source>
        <translation>@ 之后的域名包含主机名中不允许的字符。</translation>
    </message>
    <message>
        <source>The address is empty.</source>
        <translation>地址为空。</translation>
    </message>
    <message>
        <source>The address contains a line break or a NUL character.</source>
        <translation>地址包含换行符或 NUL 字符。</translation>
    </message>
    <message>
        <source>The address is not valid Unicode.</source>
        <translation>地址不是有效的 Unicode。</translation>
    </message>
    <message>
        <source>The quoted part before @ ends in a lone backslash or escapes a character that cannot be escaped.</source>
        <translation>@ 之前的引号部分以单独的反斜杠结尾，或转义了无法转义的字符。</translation>
    </message>
    <message>
        <source>The quoted part before @ contains a character not allowed there.</source>
        <translation>@ 之前的引号部分包含不允许的字符。</translation>
    </message>
    <message>
        <source>The quoted part before @ is missing its closing quote.</source>
        <translation>@ 之前的引号部分缺少结尾的引号。</translation>
    </message>
    <message>
        <source>The part before @ is empty.</source>
        <translation>@ 之前的部分为空。</translation>
    </message>
    <message>
        <source>The quoted part before @ must be followed directly by @.</source>
        <translation>@ 之前的引号部分后面必须紧跟 @。</translation>
    </message>
    <message>
        <source>The address has no @.</source>
        <translation>地址中没有 @。</translation>
    </message>
    <message>
        <source>The part before @ is longer than %1 octets.</source>
        <translation>@ 之前的部分超过了 %1 个字节。</translation>
    </message>
    <message>
        <source>The domain after @ is empty.</source>
        <translation>@ 之后的域名为空。</translation>
    </message>
    <message>
        <source>The address is longer than %1 octets.</source>
        <translation>地址超过了 %1 个字节。</translation>
    </message>
</context>
<context>
    <name>SmtpDataCheck</name>
    <message>
        <source>a NUL byte at offset %1 (line %2), which SMTP cannot carry</source>
        <translation>偏移量 %1 处（第 %2 行）有 SMTP 无法传送的 NUL 字节</translation>
    </message>
    <message>
        <source>line %1 (at offset %2) is longer than the 998 octets SMTP allows (RFC 5321 §4.5.3.1.6)</source>
        <translation>第 %1 行（偏移量 %2）超过了 SMTP 允许的 998 个字节（RFC 5321 §4.5.3.1.6）</translation>
    </message>
</context>
<context>
    <name>SmtpError</name>
    <message>
        <source>%1 refused</source>
        <translation>%1 被拒绝</translation>
    </message>
    <message>
        <source>unexpected reply</source>
        <translation>意外的回复</translation>
    </message>
    <message>
        <source>unexpected reply to %1</source>
        <translation>对 %1 的意外回复</translation>
    </message>
    <message>
        <source>No error</source>
        <translation>无错误</translation>
    </message>
    <message>
        <source>The server&apos;s host name could not be found</source>
        <translation>找不到服务器的主机名</translation>
    </message>
    <message>
        <source>The server refused the connection</source>
        <translation>服务器拒绝了连接</translation>
    </message>
    <message>
        <source>The server closed the connection unexpectedly</source>
        <translation>服务器意外关闭了连接</translation>
    </message>
    <message>
        <source>A network error occurred</source>
        <translation>发生网络错误</translation>
    </message>
    <message>
        <source>The server did not answer in time</source>
        <translation>服务器未及时响应</translation>
    </message>
    <message>
        <source>The connection was lost after the message was sent; the server may have accepted it</source>
        <translation>邮件发送后连接中断；服务器可能已接受该邮件</translation>
    </message>
    <message>
        <source>The server does not offer STARTTLS, so the connection cannot be encrypted</source>
        <translation>服务器不支持 STARTTLS，因此无法加密连接</translation>
    </message>
    <message>
        <source>The server refused to start TLS</source>
        <translation>服务器拒绝启动 TLS</translation>
    </message>
    <message>
        <source>The TLS handshake failed</source>
        <translation>TLS 握手失败</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted</source>
        <translation>服务器的证书不受信任</translation>
    </message>
    <message>
        <source>The server&apos;s certificate does not match the pinned certificate</source>
        <translation>服务器的证书与固定的证书不匹配</translation>
    </message>
    <message>
        <source>TLS is not available on this system</source>
        <translation>此系统上不支持 TLS</translation>
    </message>
    <message>
        <source>The server offers no authentication mechanism that can be used</source>
        <translation>服务器没有提供可用的身份验证机制</translation>
    </message>
    <message>
        <source>Authentication failed</source>
        <translation>身份验证失败</translation>
    </message>
    <message>
        <source>The server could not prove that it knows the password</source>
        <translation>服务器无法证明它知道密码</translation>
    </message>
    <message>
        <source>Authentication requires an encrypted connection</source>
        <translation>身份验证需要加密连接</translation>
    </message>
    <message>
        <source>The password could not be obtained</source>
        <translation>无法获取密码</translation>
    </message>
    <message>
        <source>The server reported a temporary failure</source>
        <translation>服务器报告了临时故障</translation>
    </message>
    <message>
        <source>The server is not available and closed the connection</source>
        <translation>服务器不可用，并已关闭连接</translation>
    </message>
    <message>
        <source>The server refused the request</source>
        <translation>服务器拒绝了请求</translation>
    </message>
    <message>
        <source>The server rejected all recipients</source>
        <translation>服务器拒绝了所有收件人</translation>
    </message>
    <message>
        <source>The message is too large for the server</source>
        <translation>邮件过大，服务器无法接受</translation>
    </message>
    <message>
        <source>The server did not follow the SMTP protocol</source>
        <translation>服务器未遵循 SMTP 协议</translation>
    </message>
    <message>
        <source>The server sent a malformed reply</source>
        <translation>服务器发送了格式错误的回复</translation>
    </message>
    <message>
        <source>The server sent a reply that is too long</source>
        <translation>服务器发送的回复过长</translation>
    </message>
    <message>
        <source>The server sent unexpected data before the TLS handshake</source>
        <translation>服务器在 TLS 握手之前发送了意外数据</translation>
    </message>
    <message>
        <source>An address is not valid</source>
        <translation>有地址无效</translation>
    </message>
    <message>
        <source>The message has no recipients</source>
        <translation>邮件没有收件人</translation>
    </message>
    <message>
        <source>The message could not be read</source>
        <translation>无法读取邮件</translation>
    </message>
    <message>
        <source>The message needs 8-bit transport, which the server does not support</source>
        <translation>邮件需要 8 位传输，但服务器不支持</translation>
    </message>
    <message>
        <source>An address needs SMTPUTF8, which the server does not support</source>
        <translation>有地址需要 SMTPUTF8，但服务器不支持</translation>
    </message>
    <message>
        <source>The account settings are not valid</source>
        <translation>账户设置无效</translation>
    </message>
    <message>
        <source>Sending was cancelled</source>
        <translation>发送已取消</translation>
    </message>
    <message>
        <source>Unknown error %1</source>
        <translation>未知错误 %1</translation>
    </message>
    <message>
        <source>server said: %1</source>
        <translation>服务器回复：%1</translation>
    </message>
    <message>
        <source>The server on this port is not run by you: another user may be listening in its place, so nothing was sent</source>
        <translation>此端口上的服务器不是由您运行的：可能有其他用户在此端口上冒名监听，因此未发送任何内容</translation>
    </message>
    <message>
        <source>The server takes no more messages on this connection</source>
        <translation>服务器在此连接上不再接受更多邮件</translation>
    </message>
    <message>
        <source>The message holds data that SMTP cannot carry</source>
        <translation>邮件包含 SMTP 无法传送的数据</translation>
    </message>
</context>
<context>
    <name>SmtpReplyParser</name>
    <message>
        <source>The server sent a line longer than %1 bytes.</source>
        <translation>服务器发送的行超过了 %1 字节。</translation>
    </message>
    <message>
        <source>The server sent a line that is not an SMTP reply.</source>
        <translation>服务器发送的行不是 SMTP 回复。</translation>
    </message>
    <message>
        <source>The server changed the reply code from %1 to %2 within one reply.</source>
        <translation>服务器在同一回复中将回复码从 %1 改为了 %2。</translation>
    </message>
    <message>
        <source>The server sent a reply of more than %1 lines.</source>
        <translation>服务器发送的回复超过了 %1 行。</translation>
    </message>
</context>
<context>
    <name>SmtpSession</name>
    <message>
        <source>the session was closed</source>
        <translation>会话已关闭</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>正在连接</translation>
    </message>
    <message>
        <source>waiting for the greeting</source>
        <translation>正在等待问候语</translation>
    </message>
    <message>
        <source>saying EHLO</source>
        <translation>正在发送 EHLO</translation>
    </message>
    <message>
        <source>saying HELO</source>
        <translation>正在发送 HELO</translation>
    </message>
    <message>
        <source>asking for STARTTLS</source>
        <translation>正在请求 STARTTLS</translation>
    </message>
    <message>
        <source>negotiating TLS</source>
        <translation>正在协商 TLS</translation>
    </message>
    <message>
        <source>authenticating</source>
        <translation>正在验证身份</translation>
    </message>
    <message>
        <source>waiting for the reply to your command</source>
        <translation>正在等待您的命令的回复</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>sending the envelope</source>
        <translation>正在发送信封</translation>
    </message>
    <message>
        <source>sending the message</source>
        <translation>正在发送邮件</translation>
    </message>
    <message>
        <source>resetting</source>
        <translation>正在重置</translation>
    </message>
    <message>
        <source>saying goodbye</source>
        <translation>正在道别</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>no server host name is set</source>
        <translation>未设置服务器主机名</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be given in EHLO: use a domain name</source>
        <translation>“%1”不能用于 EHLO：请使用域名</translation>
    </message>
    <message>
        <source>Connecting to %1 port %2 (%3)</source>
        <translation>正在连接 %1 端口 %2（%3）</translation>
    </message>
    <message>
        <source>Connected to %1 port %2</source>
        <translation>已连接到 %1 端口 %2</translation>
    </message>
    <message>
        <source>TLS established: %1</source>
        <translation>已建立 TLS：%1</translation>
    </message>
    <message>
        <source>Certificate accepted because it matches the pinned SHA-256 fingerprint</source>
        <translation>证书与固定的 SHA-256 指纹相符，因此已接受</translation>
    </message>
    <message>
        <source>%1; the server presented %2</source>
        <translation>%1；服务器出示的证书为 %2</translation>
    </message>
    <message>
        <source>the connection was not established within %1 s</source>
        <translation>%1 秒内未能建立连接</translation>
    </message>
    <message>
        <source>the server accepted no message data for %1 s</source>
        <translation>服务器在 %1 秒内未接收任何邮件数据</translation>
    </message>
    <message>
        <source>no reply within %1 s while %2</source>
        <translation>%2时，%1 秒内没有收到回复</translation>
    </message>
    <message>
        <source>Timeout: %1</source>
        <translation>超时：%1</translation>
    </message>
    <message>
        <source>the server sent a reply nobody asked for</source>
        <translation>服务器发送了一条无人请求的回复</translation>
    </message>
    <message>
        <source>greeting</source>
        <translation>问候语</translation>
    </message>
    <message>
        <source>Capabilities%1: %2</source>
        <translation>能力%1：%2</translation>
    </message>
    <message>
        <source> (encrypted)</source>
        <translation>（已加密）</translation>
    </message>
    <message>
        <source>the server refused EHLO, so STARTTLS is not possible; refusing to continue in plaintext</source>
        <translation>服务器拒绝了 EHLO，因此无法使用 STARTTLS；拒绝以明文继续</translation>
    </message>
    <message>
        <source>The server speaks plain SMTP only (HELO): no extensions</source>
        <translation>服务器只支持普通 SMTP（HELO）：没有扩展</translation>
    </message>
    <message>
        <source>the server did not offer STARTTLS; refusing to continue in plaintext</source>
        <translation>服务器不支持 STARTTLS；拒绝以明文继续</translation>
    </message>
    <message>
        <source>the server refused STARTTLS; refusing to continue in plaintext</source>
        <translation>服务器拒绝了 STARTTLS；拒绝以明文继续</translation>
    </message>
    <message>
        <source>%1 bytes arrived after the server&apos;s 220 to STARTTLS and before TLS began</source>
        <translation>在服务器对 STARTTLS 回复 220 之后、TLS 开始之前收到了 %1 字节数据</translation>
    </message>
    <message>
        <source>Starting TLS</source>
        <translation>正在启动 TLS</translation>
    </message>
    <message>
        <source>refusing to authenticate without TLS</source>
        <translation>拒绝在没有 TLS 的情况下进行身份验证</translation>
    </message>
    <message>
        <source>the server offers no AUTH mechanism</source>
        <translation>服务器不提供任何 AUTH 机制</translation>
    </message>
    <message>
        <source>none that Outbound supports for this kind of credential</source>
        <translation>没有 Outbound 支持的、适用于此类凭据的机制</translation>
    </message>
    <message>
        <source>the server offers %1; wanted %2</source>
        <translation>服务器提供 %1；需要 %2</translation>
    </message>
    <message>
        <source>the server&apos;s AUTH challenge is not base64</source>
        <translation>服务器的 AUTH 质询不是 base64 编码</translation>
    </message>
    <message>
        <source>the server accepted the login without proving its own identity</source>
        <translation>服务器未证明自己的身份就接受了登录</translation>
    </message>
    <message>
        <source>Authenticated as %1 with %2</source>
        <translation>已以 %1 身份通过 %2 验证</translation>
    </message>
    <message>
        <source>AUTH %1 was refused</source>
        <translation>AUTH %1 被拒绝</translation>
    </message>
    <message>
        <source>the message must come from a file or a buffer that is open for reading</source>
        <translation>邮件必须来自以读取方式打开的文件或缓冲区</translation>
    </message>
    <message>
        <source>the session is closed</source>
        <translation>会话已关闭</translation>
    </message>
    <message>
        <source>the session is %1; wait until it is ready</source>
        <translation>会话状态为“%1”；请等待其就绪</translation>
    </message>
    <message>
        <source>a command is one line of text</source>
        <translation>命令只能是一行文本</translation>
    </message>
    <message>
        <source>%1 is done by Outbound from the account&apos;s settings when the session opens</source>
        <translation>%1 由 Outbound 在会话开始时根据账户设置自动完成</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>the connection was dropped to cancel another message on it</source>
        <translation>为取消同一连接上的另一封邮件，已断开连接</translation>
    </message>
    <message>
        <source>the message has no recipients</source>
        <translation>邮件没有收件人</translation>
    </message>
    <message>
        <source>the message has UTF-8 headers but the server does not offer SMTPUTF8</source>
        <translation>邮件含有 UTF-8 头字段，但服务器不支持 SMTPUTF8</translation>
    </message>
    <message>
        <source>the message has 8-bit data but the server does not offer 8BITMIME</source>
        <translation>邮件含有 8 位数据，但服务器不支持 8BITMIME</translation>
    </message>
    <message>
        <source>the message is %1 bytes; the server accepts at most %2</source>
        <translation>邮件大小为 %1 字节；服务器最多接受 %2 字节</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;: %3</source>
        <translation>%1 &lt;%2&gt;：%3</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt; has a non-ASCII local part and the server does not offer SMTPUTF8</source>
        <translation>%1 &lt;%2&gt; 的本地部分含有非 ASCII 字符，而服务器不支持 SMTPUTF8</translation>
    </message>
    <message>
        <source>sender</source>
        <translation>发件人</translation>
    </message>
    <message>
        <source>recipient</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>an address or parameter contains a line break or NUL</source>
        <translation>地址或参数包含换行符或 NUL 字符</translation>
    </message>
    <message>
        <source>every recipient was refused, some only for now</source>
        <translation>所有收件人都被拒绝，其中部分只是暂时拒绝</translation>
    </message>
    <message>
        <source>every recipient was refused</source>
        <translation>所有收件人都被拒绝</translation>
    </message>
    <message>
        <source>the message is empty</source>
        <translation>邮件为空</translation>
    </message>
    <message>
        <source>only %1 of the message&apos;s %2 bytes could be read</source>
        <translation>邮件共 %2 字节，只读取了 %1 字节</translation>
    </message>
    <message>
        <source>the connection was dropped because another message could not be read</source>
        <translation>由于另一封邮件无法读取，已断开连接</translation>
    </message>
    <message>
        <source>no message body</source>
        <translation>没有邮件正文</translation>
    </message>
    <message>
        <source>Message data: %1 lines, %2 bytes</source>
        <translation>邮件数据：%1 行，%2 字节</translation>
    </message>
    <message>
        <source>Message data: %1 bytes</source>
        <translation>邮件数据：%1 字节</translation>
    </message>
    <message>
        <source>end of data</source>
        <translation>数据结束</translation>
    </message>
    <message>
        <source>%1 after the whole message was sent</source>
        <translation>整封邮件发送完毕后，%1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>Connection closed</source>
        <translation>连接已关闭</translation>
    </message>
    <message>
        <source>%1 sends a message: use New Message, which streams it safely</source>
        <translation>%1 用于发送邮件：请使用“新建邮件”，它会安全地以流方式发送邮件</translation>
    </message>
    <message>
        <source>%1 port %2 is held by a program of user id %3</source>
        <translation>%1 端口 %2 被用户 ID 为 %3 的程序占用</translation>
    </message>
    <message>
        <source>who runs the server on %1 port %2 cannot be found out</source>
        <translation>无法确定 %1 端口 %2 上的服务器由谁运行</translation>
    </message>
    <message>
        <source>the server refused STARTTLS for now; refusing to continue in plaintext</source>
        <translation>服务器暂时拒绝了 STARTTLS；拒绝以明文继续</translation>
    </message>
    <message numerus="yes">
        <source>the server takes at most %n message(s) per connection (LIMITS MAILMAX)</source>
        <translation>
            <numerusform>服务器每个连接最多接受 %n 封邮件（LIMITS MAILMAX）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the server takes at most %n message(s) per connection (LIMITS MAILMAX); recipients left for another connection: %1</source>
        <translation>
            <numerusform>服务器每个连接最多接受 %n 封邮件（LIMITS MAILMAX）；还有 %1 个收件人留待另一个连接</numerusform>
        </translation>
    </message>
    <message>
        <source>the connection was dropped because another message could not be sent</source>
        <translation>由于另一封邮件无法发送，已断开连接</translation>
    </message>
</context>
<context>
    <name>TlsPolicy</name>
    <message>
        <source>Cannot read the CA certificate file %1.</source>
        <translation>无法读取 CA 证书文件 %1。</translation>
    </message>
    <message>
        <source>The CA certificate file %1 contains no PEM certificate.</source>
        <translation>CA 证书文件 %1 中不包含 PEM 证书。</translation>
    </message>
    <message>
        <source>The connection is not encrypted.</source>
        <translation>连接未加密。</translation>
    </message>
    <message>
        <source>The server negotiated %1; TLS 1.2 or newer is required.</source>
        <translation>服务器协商的是 %1；需要 TLS 1.2 或更高版本。</translation>
    </message>
    <message>
        <source>an unknown protocol</source>
        <translation>未知协议</translation>
    </message>
    <message>
        <source>The server&apos;s certificate (SHA-256 %1) is not the pinned certificate (%2).</source>
        <translation>服务器的证书（SHA-256 %1）不是固定的证书（%2）。</translation>
    </message>
    <message>
        <source>no certificate</source>
        <translation>没有证书</translation>
    </message>
    <message>
        <source>%1 issued by %2, valid %3 to %4, SHA-256 %5</source>
        <translation>%1，颁发者 %2，有效期 %3 至 %4，SHA-256 %5</translation>
    </message>
    <message>
        <source>%1; the server presented %2</source>
        <translation>%1；服务器出示的证书为 %2</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not valid for %1: it names %2</source>
        <translation>服务器的证书对 %1 无效，证书中的名称：%2</translation>
    </message>
    <message>
        <source>no host at all</source>
        <translation>没有任何主机名</translation>
    </message>
    <message>
        <source>(its subject CN=%1 is not used, because the certificate has subject alternative names)</source>
        <translation>（未使用其主体中的 CN=%1，因为该证书具有主体备用名称）</translation>
    </message>
</context>
<context>
    <name>TranscriptDock</name>
    <message>
        <source>Transcript</source>
        <translation>会话记录</translation>
    </message>
    <message>
        <source>Live transcript</source>
        <translation>实时会话记录</translation>
    </message>
    <message>
        <source>Transcript tools</source>
        <translation>会话记录工具</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>显示(&amp;H)：</translation>
    </message>
    <message>
        <source>Show the lines of</source>
        <translation>显示以下内容的行</translation>
    </message>
    <message>
        <source>S&amp;earch:</source>
        <translation>搜索(&amp;E)：</translation>
    </message>
    <message>
        <source>Search the transcript</source>
        <translation>搜索会话记录</translation>
    </message>
    <message>
        <source>Text in a line</source>
        <translation>行中的文本</translation>
    </message>
    <message>
        <source>Find &amp;Previous</source>
        <translation>查找上一个(&amp;P)</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>查找下一个(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Copy Lines</source>
        <translation>复制行(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Save Transcript…</source>
        <translation>保存会话记录(&amp;S)…</translation>
    </message>
    <message>
        <source>C&amp;lear Transcript</source>
        <translation>清除会话记录(&amp;L)</translation>
    </message>
    <message>
        <source>Ce&amp;rtificate…</source>
        <translation>证书(&amp;R)…</translation>
    </message>
    <message>
        <source>Show the TLS details of the selected line&apos;s session</source>
        <translation>显示所选行所在会话的 TLS 详细信息</translation>
    </message>
    <message>
        <source>Search result</source>
        <translation>搜索结果</translation>
    </message>
    <message>
        <source>Transcript lines</source>
        <translation>会话记录行</translation>
    </message>
    <message>
        <source>All sessions</source>
        <translation>所有会话</translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation>账户 %1</translation>
    </message>
    <message>
        <source>Session %1</source>
        <translation>会话 %1</translation>
    </message>
    <message>
        <source>Session %1 (%2)</source>
        <translation>会话 %1（%2）</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <source>Save Transcript</source>
        <translation>保存会话记录</translation>
    </message>
    <message>
        <source>Transcripts (*.txt);;All files (*)</source>
        <translation>会话记录 (*.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>The transcript could not be saved: %1</source>
        <translation>无法保存会话记录：%1</translation>
    </message>
</context>
<context>
    <name>TranscriptModel</name>
    <message numerus="yes">
        <source>%n byte(s) of this line not shown</source>
        <translation>
            <numerusform>此行有 %n 字节未显示</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>outbound</name>
    <message>
        <source>Cannot compose</source>
        <translation>无法撰写</translation>
    </message>
    <message>
        <source>Cannot edit the message</source>
        <translation>无法编辑邮件</translation>
    </message>
    <message>
        <source>The message is no longer in the outbox.</source>
        <translation>此邮件已不在发件箱中。</translation>
    </message>
    <message>
        <source>Cannot remove the original message</source>
        <translation>无法移除原始邮件</translation>
    </message>
    <message>
        <source>Outbound, a mail client built for sending.</source>
        <translation>Outbound，一款专为发送而打造的邮件客户端。</translation>
    </message>
    <message>
        <source>Keep all state in DIR.</source>
        <translation>将所有状态保存在 DIR 中。</translation>
    </message>
    <message>
        <source>Open a compose window: a mailto: URL, or to=&apos;…&apos;,subject=&apos;…&apos;,body=&apos;…&apos;,attachment=&apos;…&apos; (&quot;&quot; for an empty one).</source>
        <translation>打开撰写窗口：一个 mailto: URL，或 to=&apos;…&apos;,subject=&apos;…&apos;,body=&apos;…&apos;,attachment=&apos;…&apos;（&quot;&quot; 表示空值）。</translation>
    </message>
    <message>
        <source>mailto: URLs to compose.</source>
        <translation>要撰写的 mailto: URL。</translation>
    </message>
    <message>
        <source>Outbound cannot start</source>
        <translation>Outbound 无法启动</translation>
    </message>
    <message>
        <source>Cannot open the draft</source>
        <translation>无法打开草稿</translation>
    </message>
</context>
</TS>
