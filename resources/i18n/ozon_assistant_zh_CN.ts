<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ozon_assistant/ui/window/about.py" line="73"/>
        <source>Settings (config.toml), your dictionary and e-mail accounts</source>
        <translation>设置（config.toml）、个人词典和邮箱账户</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/about.py" line="75"/>
        <source>Drafts, history, the Outbox and your own snippets</source>
        <translation>草稿、历史记录、发件箱和你自己的回复模板</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/about.py" line="77"/>
        <source>Cache (compiled rules; safe to delete)</source>
        <translation>缓存（编译好的规则，可以放心删除）</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/about.py" line="106"/>
        <source>About Ozon Compose Assistant</source>
        <translation>关于 Ozon 回复助手</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/about.py" line="107"/>
        <source>Ozon Compose Assistant</source>
        <translation>Ozon 回复助手</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/about.py" line="108"/>
        <source>Version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/about.py" line="109"/>
        <source>Checks replies to Ozon buyers against Ozon&apos;s communication standard on this computer: buyer messages leave it only when you send them.</source>
        <translation>在本机上按照 Ozon 沟通标准检查给 Ozon 买家的回复：只有在你发送时，买家消息才会离开这台电脑。</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/about.py" line="111"/>
        <source>Where your data lives</source>
        <translation>你的数据保存在哪里</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/about.py" line="112"/>
        <source>Passwords are kept only in the system keyring, never in these folders.</source>
        <translation>密码只保存在系统密钥环中，从不保存在这些文件夹里。</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/about.py" line="113"/>
        <source>Licences</source>
        <translation>许可证</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/about.py" line="114"/>
        <source>The app: %1. Built with:</source>
        <translation>本应用：%1。使用了以下组件：</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/about.py" line="116"/>
        <source>see the package</source>
        <translation>见软件包说明</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../../ozon_assistant/ui/mail/account_dialog.py" line="49"/>
        <source>E-mail accounts</source>
        <translation>邮箱账户</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/account_dialog.py" line="161"/>
        <source>STARTTLS (port 587)</source>
        <translation>STARTTLS（端口 587）</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/account_dialog.py" line="161"/>
        <source>SSL/TLS (port 465)</source>
        <translation>SSL/TLS（端口 465）</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/account_dialog.py" line="162"/>
        <source>None — local relay on this computer only</source>
        <translation>不加密 — 仅限本机上的中继</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/account_dialog.py" line="74"/>
        <source>e.g. your shop&apos;s name</source>
        <translation>例如：您的店铺名称</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/account_dialog.py" line="77"/>
        <source>only if your company has its own certificate authority</source>
        <translation>仅当贵公司有自己的证书颁发机构时填写</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/account_dialog.py" line="79"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/account_dialog.py" line="86"/>
        <source>e.g. imap.example.com; empty: no inbox</source>
        <translation>例如 imap.example.com；留空：不收取邮件</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/account_dialog.py" line="99"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/account_dialog.py" line="102"/>
        <source>Account:</source>
        <translation>邮箱账户：</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/account_dialog.py" line="103"/>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/account_dialog.py" line="104"/>
        <source>SMTP server:</source>
        <translation>SMTP 服务器：</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/account_dialog.py" line="105"/>
        <source>Security:</source>
        <translation>加密方式：</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/account_dialog.py" line="106"/>
        <source>Port:</source>
        <translation>端口：</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/account_dialog.py" line="107"/>
        <source>User name:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/account_dialog.py" line="108"/>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/account_dialog.py" line="109"/>
        <source>Sender address:</source>
        <translation>发件人地址：</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/account_dialog.py" line="110"/>
        <source>Sender name:</source>
        <translation>发件人名称：</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/account_dialog.py" line="111"/>
        <source>CA file:</source>
        <translation>CA 证书文件：</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/account_dialog.py" line="112"/>
        <source>Timeout:</source>
        <translation>超时：</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/account_dialog.py" line="113"/>
        <source>Incoming mail server (IMAP):</source>
        <translation>收件服务器（IMAP）：</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/account_dialog.py" line="114"/>
        <source>Incoming security:</source>
        <translation>收件加密方式：</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/account_dialog.py" line="115"/>
        <source>Incoming port:</source>
        <translation>收件端口：</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/account_dialog.py" line="166"/>
        <source>SSL/TLS (port 993)</source>
        <translation>SSL/TLS（端口 993）</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/account_dialog.py" line="166"/>
        <source>STARTTLS (port 143)</source>
        <translation>STARTTLS（端口 143）</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/account_dialog.py" line="167"/>
        <source>None — a server on this computer only</source>
        <translation>无——仅限本机上的服务器</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/account_dialog.py" line="171"/>
        <source>&amp;Test connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/account_dialog.py" line="125"/>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/account_dialog.py" line="128"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/account_dialog.py" line="132"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/account_dialog.py" line="154"/>
        <location filename="../../ozon_assistant/ui/mail/account_dialog.py" line="185"/>
        <source>New account…</source>
        <translation>新建账户…</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/account_dialog.py" line="155"/>
        <source>stored in the system keyring; type to change</source>
        <translation>已保存在系统密钥环中；输入新密码即可更改</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/account_dialog.py" line="157"/>
        <source>kept only in the system keyring</source>
        <translation>仅保存在系统密钥环中</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/account_dialog.py" line="245"/>
        <source>Without encryption: allowed only to 127.0.0.1/localhost (a relay on this computer).</source>
        <translation>不加密：仅允许连接 127.0.0.1/localhost（本机上的中继）。</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/account_dialog.py" line="248"/>
        <source>Incoming mail without encryption: allowed only to 127.0.0.1/localhost (a server on this computer).</source>
        <translation>不加密收取邮件：仅允许 127.0.0.1/localhost（本机上的服务器）。</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/account_dialog.py" line="254"/>
        <source>CA certificate (PEM)</source>
        <translation>CA 证书（PEM）</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/account_dialog.py" line="255"/>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>证书 (*.pem *.crt);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/account_dialog.py" line="283"/>
        <source>Type the password: it is kept only in the system keyring.</source>
        <translation>请输入密码：密码仅保存在系统密钥环中。</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/account_dialog.py" line="293"/>
        <source>Saved. The password is in the system keyring, not in any file.</source>
        <translation>已保存。密码保存在系统密钥环中，不会写入任何文件。</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/account_dialog.py" line="300"/>
        <source>Remove account</source>
        <translation>删除账户</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/account_dialog.py" line="301"/>
        <source>Remove the account %1 and its password?</source>
        <translation>删除账户 %1 及其密码吗？</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/account_dialog.py" line="311"/>
        <source>Account removed.</source>
        <translation>账户已删除。</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/account_dialog.py" line="171"/>
        <source>Stop test</source>
        <translation>停止测试</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/account_dialog.py" line="341"/>
        <source>SSL/TLS, certificate verified</source>
        <translation>SSL/TLS，证书已验证</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/account_dialog.py" line="342"/>
        <source>STARTTLS, certificate verified</source>
        <translation>STARTTLS，证书已验证</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/account_dialog.py" line="343"/>
        <source>no encryption (a relay on this computer)</source>
        <translation>不加密（本机上的中继）</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/account_dialog.py" line="346"/>
        <source>connected to %1 (%2), signed in as %3.</source>
        <translation>已连接到 %1（%2），已以 %3 身份登录。</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/account_dialog.py" line="348"/>
        <source>connected to %1 (%2).</source>
        <translation>已连接到 %1（%2）。</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/account_dialog.py" line="350"/>
        <source>Incoming mail: %1 signed in, INBOX opened.</source>
        <translation>收件：%1 已登录，收件箱已打开。</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/account_dialog.py" line="358"/>
        <source>Works: %1</source>
        <translation>连接正常：%1</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/account_dialog.py" line="358"/>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
</context>
<context>
    <name>ComposeEditor</name>
    <message>
        <location filename="../../ozon_assistant/ui/compose/editor.py" line="83"/>
        <source>Fix:</source>
        <translation>修正：</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/compose/editor.py" line="150"/>
        <source>Write your reply to the buyer here. Problems are underlined as you type; hover for why, right-click for fixes. Ctrl+Enter approves and copies.</source>
        <translation>在此输入给买家的回复。输入时，问题会以下划线标出；鼠标悬停可查看原因，右键可查看修正。按 Ctrl+Enter 通过并复制。</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/compose/editor.py" line="243"/>
        <source>Why? (the standard)</source>
        <translation>为什么？（查看标准）</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/compose/editor.py" line="245"/>
        <source>Ignore here</source>
        <translation>在此处忽略</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/compose/editor.py" line="248"/>
        <source>Errors can only be overridden when copying.</source>
        <translation>错误不能在此忽略，只能在复制时选择“带问题复制”。</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/compose/editor.py" line="250"/>
        <source>Disable this rule</source>
        <translation>停用此规则</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/compose/editor.py" line="253"/>
        <source>Add “%1” to dictionary</source>
        <translation>将“%1”添加到个人词典</translation>
    </message>
</context>
<context>
    <name>ComposeTab</name>
    <message>
        <location filename="../../ozon_assistant/ui/compose/tab.py" line="103"/>
        <source>A very long paragraph: only its first 5,000 characters are checked.</source>
        <translation>段落过长：仅检查前 5,000 个字符。</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/compose/tab.py" line="157"/>
        <source>New reply</source>
        <translation>新回复</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="26"/>
        <source>{path}: this is not UTF-8 text (byte {byte} at position {offset}). Save the file as UTF-8 and open it again.</source>
        <translation>{path}：不是 UTF-8 编码的文本（位置 {offset} 处的字节 {byte}）。请将文件另存为 UTF-8 后重新打开。</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="29"/>
        <source>{path}: this is a folder, not a file.</source>
        <translation>{path}：这是文件夹，不是文件。</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="30"/>
        <source>{path}: the file is larger than {mb} MB.</source>
        <translation>{path}：文件大于 {mb} MB。</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="31"/>
        <source>{path}: there is no such file.</source>
        <translation>{path}：文件不存在。</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="32"/>
        <source>{path}: you have no permission to read it.</source>
        <translation>{path}：没有读取该文件的权限。</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="33"/>
        <source>{path}: the file cannot be read ({reason}).</source>
        <translation>{path}：无法读取文件（{reason}）。</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="35"/>
        <source>this is not valid TOML ({reason}).</source>
        <translation>不是有效的 TOML 格式（{reason}）。</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="36"/>
        <source>this is not UTF-8 text.</source>
        <translation>不是 UTF-8 编码的文本。</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="37"/>
        <source>the file cannot be read ({reason}).</source>
        <translation>无法读取文件（{reason}）。</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="38"/>
        <source>setting “{key}” must be a table.</source>
        <translation>设置项“{key}”必须是表（table）。</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="39"/>
        <source>setting “{key}” must be a list of words.</source>
        <translation>设置项“{key}”必须是单词列表。</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="40"/>
        <source>setting “{key}” must be true or false.</source>
        <translation>设置项“{key}”必须是 true 或 false。</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="41"/>
        <source>setting “{key}” must be a whole number.</source>
        <translation>设置项“{key}”必须是整数。</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="42"/>
        <source>setting “{key}” must be a number.</source>
        <translation>设置项“{key}”必须是数字。</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="43"/>
        <source>setting “{key}” must be text in quotes.</source>
        <translation>设置项“{key}”必须是带引号的文本。</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="44"/>
        <source>setting “{key}” must be a list.</source>
        <translation>设置项“{key}”必须是列表。</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="45"/>
        <source>setting “{key}” must be between 7 and 365 days: the law gives buyers at least 7 days to return goods.</source>
        <translation>设置项“{key}”必须在 7 到 365 天之间：依法买家至少有 7 天可以退货。</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="48"/>
        <source>setting “{key}” must be one of: {choices}.</source>
        <translation>设置项“{key}”必须是以下之一：{choices}。</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="49"/>
        <source>setting “{key}” must be a list of folders, each in quotes.</source>
        <translation>设置项“{key}”必须是文件夹列表，每个文件夹都要加引号。</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="51"/>
        <source>setting “{key}” must be between 0.5 and 60 seconds.</source>
        <translation>设置项“{key}”必须在 0.5 到 60 秒之间。</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="53"/>
        <source>the file cannot be written ({reason}); nothing in it was changed.</source>
        <translation>无法写入该文件（{reason}）；文件内容未作任何更改。</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="55"/>
        <source>the database cannot be opened ({reason}).</source>
        <translation>无法打开数据库（{reason}）。</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="56"/>
        <source>the database was written by a newer version of the app (schema {version}). Update the app to use it.</source>
        <translation>该数据库由更新版本的应用写入（架构 {version}）。请更新应用后再使用。</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="70"/>
        <source>Cancelled before the server received the message.</source>
        <translation>已在服务器收到邮件之前取消。</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="72"/>
        <source>{where} refused the user name or password ({answer}). Check them in E-mail accounts; many mail services need an app password here.</source>
        <translation>{where} 拒绝了用户名或密码（{answer}）。请在“邮箱账户”中检查；许多邮箱服务在此处需要使用应用专用密码。</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="75"/>
        <source>{where}: the server answered {answer}.</source>
        <translation>{where}：服务器返回 {answer}。</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="76"/>
        <source>{where} asked to try again later (the server answered {answer}).</source>
        <translation>{where} 要求稍后再试（服务器返回 {answer}）。</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="78"/>
        <source>{where} refused the sender {address} (the server answered {answer}).</source>
        <translation>{where} 拒绝了发件人 {address}（服务器返回 {answer}）。</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="80"/>
        <source>{where} refused the recipient {address} (the server answered {answer}). Check the address.</source>
        <translation>{where} 拒绝了收件人 {address}（服务器返回 {answer}）。请检查地址。</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="83"/>
        <source>{where} did not accept the message (the server answered {answer}).</source>
        <translation>{where} 未接受该邮件（服务器返回 {answer}）。</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="85"/>
        <source>{where}: the server&apos;s certificate is for another host ({reason}). Nothing was sent.</source>
        <translation>{where}：服务器证书属于其他主机（{reason}）。未发送任何内容。</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="88"/>
        <source>{where}: the server&apos;s certificate is not trusted ({reason}). Nothing was sent. If your company has its own certificate authority, choose its file (PEM) as the CA file in E-mail accounts.</source>
        <translation>{where}：服务器证书不受信任（{reason}）。未发送任何内容。如果贵公司有自己的证书颁发机构，请在“邮箱账户”中将其文件（PEM）选为 CA 证书文件。</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="92"/>
        <source>{where}: the secure connection failed ({reason}). Nothing was sent.</source>
        <translation>{where}：安全连接失败（{reason}）。未发送任何内容。</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="95"/>
        <source>{where}: no answer after the message was sent. It may have been delivered, so it is not sent again by itself: check the buyer&apos;s thread before sending it again.</source>
        <translation>{where}：邮件发出后服务器没有应答。邮件可能已送达，因此不会自动重发：再次发送前请先查看与买家的往来邮件。</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="99"/>
        <source>{where}: no answer within {seconds} s.</source>
        <translation>{where}：{seconds} 秒内无应答。</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="101"/>
        <source>{where}: the connection was refused (the server is down, or the port is wrong).</source>
        <translation>{where}：连接被拒绝（服务器未运行，或端口错误）。</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="104"/>
        <source>{where}: the server {host} cannot be found (no Internet, or a typo in its name).</source>
        <translation>{where}：找不到服务器 {host}（没有网络，或名称有误）。</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="107"/>
        <source>{where}: the server closed the connection.</source>
        <translation>{where}：服务器关闭了连接。</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="109"/>
        <source>{where}: the connection was broken.</source>
        <translation>{where}：连接中断。</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="111"/>
        <source>{where}: {reason}.</source>
        <translation>{where}：{reason}。</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="113"/>
        <source>{where} does not offer a secure connection (STARTTLS) on this port. Check the port, or choose SSL as the security.</source>
        <translation>{where} 在此端口上不提供安全连接（STARTTLS）。请检查端口，或将加密方式改为 SSL。</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="116"/>
        <source>No password for the account “{account}” in the system keyring. Enter it again in E-mail accounts.</source>
        <translation>系统密钥环中没有账户“{account}”的密码。请在“邮箱账户”中重新输入。</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="119"/>
        <source>The CA file {path} cannot be used ({reason}).</source>
        <translation>无法使用 CA 证书文件 {path}（{reason}）。</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="120"/>
        <source>The app stopped before the message was handed to the server; it will be sent again.</source>
        <translation>应用在邮件交给服务器之前停止；邮件将重新发送。</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="123"/>
        <source>The app stopped after handing the message to the server, before the server confirmed it: it may have been sent.</source>
        <translation>应用在邮件交给服务器之后、服务器确认之前停止：邮件可能已经发出。</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="127"/>
        <source>{field}: line breaks and control characters are not allowed (they could add hidden headers to the e-mail).</source>
        <translation>{field}：不允许换行符和控制字符（它们可能向邮件添加隐藏的邮件头）。</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="130"/>
        <source>{field}: too long ({length} characters, at most {limit}).</source>
        <translation>{field}：过长（{length} 个字符，最多 {limit} 个）。</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="132"/>
        <source>{field}: “{value}” is not a valid e-mail address.</source>
        <translation>{field}：“{value}”不是有效的电子邮件地址。</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="134"/>
        <source>{field}: “{value}”: only Latin letters, digits and . _ - + are supported before the @.</source>
        <translation>{field}：“{value}”：@ 之前只支持拉丁字母、数字和 . _ - +。</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="137"/>
        <source>{field}: a name cannot contain &lt; or &gt;.</source>
        <translation>{field}：名称不能包含 &lt; 或 &gt;。</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="138"/>
        <source>{field}: “{value}”: use Latin letters, digits, - and _ only.</source>
        <translation>{field}：“{value}”：只能使用拉丁字母、数字、- 和 _。</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="140"/>
        <source>{field}: “{value}” is not a server name.</source>
        <translation>{field}：“{value}”不是服务器名称。</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="141"/>
        <source>{field}: {value} is not a port (1–65535).</source>
        <translation>{field}：{value} 不是有效端口（1–65535）。</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="142"/>
        <source>{field}: no encryption is allowed only for a relay on this computer (127.0.0.1 or localhost). Choose STARTTLS or SSL for a real server.</source>
        <translation>{field}：只有本机上的转发服务（127.0.0.1 或 localhost）才允许不加密。真实服务器请选择 STARTTLS 或 SSL。</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="145"/>
        <source>{where}: the account connects without encryption, which is allowed only to a server on this computer (127.0.0.1 or localhost), and {host} is not one. Nothing was sent. Choose STARTTLS or SSL in E-mail accounts.</source>
        <translation>{where}：该账户以不加密方式连接，这只允许用于本机上的服务器（127.0.0.1 或 localhost），而 {host} 不是本机。未发送任何内容。请在“邮箱账户”中选择 STARTTLS 或 SSL。</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="149"/>
        <source>{field}: give the bare address; the name goes in the sender name.</source>
        <translation>{field}：只填写地址；名称请填在“发件人名称”中。</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="151"/>
        <source>{field}: must be between 1 and 600 seconds.</source>
        <translation>{field}：必须在 1 到 600 秒之间。</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="152"/>
        <source>{field}: give at least one recipient address.</source>
        <translation>{field}：请至少填写一个收件人地址。</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="154"/>
        <source>{field}: the subject is empty.</source>
        <translation>{field}：主题为空。</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="166"/>
        <source>{field}: give the incoming mail server too, or leave its port and security empty.</source>
        <translation>{field}：请同时填写收件服务器，或将其端口和安全方式留空。</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="169"/>
        <source>The account “{account}” has no incoming mail (IMAP) server, so its inbox cannot be read.</source>
        <translation>账户“{account}”没有收件（IMAP）服务器，因此无法读取其收件箱。</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="172"/>
        <source>The mail server did not let the app open the INBOX folder.</source>
        <translation>邮件服务器不允许本应用打开收件箱（INBOX）文件夹。</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="174"/>
        <source>There is no message {id} in the inbox any more.</source>
        <translation>收件箱中已没有邮件 {id}。</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="176"/>
        <source>Message {id} in the inbox has no sender address to reply to.</source>
        <translation>收件箱中的邮件 {id} 没有可回复的发件人地址。</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="178"/>
        <source>Message {id} in the inbox already has a reply (message {outbox} in the Outbox).</source>
        <translation>收件箱中的邮件 {id} 已有回复（发件箱中的邮件 {outbox}）。</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="181"/>
        <source>Message {id} in the inbox is not answered yet: thank the buyer once their issue is resolved.</source>
        <translation>收件箱中的邮件 {id} 尚未回复：请在买家的问题解决后再发送感谢信。</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="184"/>
        <source>The buyer of message {id} in the inbox has a thank-you letter already: one per message.</source>
        <translation>收件箱中邮件 {id} 的买家已有感谢信：每封邮件只发一次。</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="187"/>
        <source>The thank-you letter still has fields to fill in: {fields}.</source>
        <translation>感谢信中仍有需要填写的字段：{fields}。</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="189"/>
        <source>“{value}” is not a date: write it as YYYY-MM-DD, for example 2025-05-01.</source>
        <translation>“{value}”不是日期：请按 YYYY-MM-DD 格式填写，例如 2025-05-01。</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="192"/>
        <source>There is no message {id} in the Outbox any more (it was deleted).</source>
        <translation>发件箱中已没有第 {id} 封邮件（已被删除）。</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="194"/>
        <source>Message {id} was changed while it was being sent (is the app open twice?).</source>
        <translation>第 {id} 封邮件在发送过程中被更改（程序是否打开了两次？）。</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="196"/>
        <source>Message {id} may already have been delivered (the app stopped or the connection broke after the server got it). Check your Sent folder or ask the buyer before sending it again.</source>
        <translation>第 {id} 封邮件可能已经送达（服务器收到邮件后程序停止或连接中断）。再次发送前，请先查看“已发送”文件夹或询问买家。</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="200"/>
        <source>Message {id} is being sent right now; try again in a moment.</source>
        <translation>第 {id} 封邮件正在发送，请稍后再试。</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="202"/>
        <source>Message {id} has been sent already: there is nothing to retry.</source>
        <translation>第 {id} 封邮件已发送，无需重试。</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="205"/>
        <source>{path}: the personal dictionary is not UTF-8 text. Save it as UTF-8.</source>
        <translation>{path}：个人词典不是 UTF-8 文本。请将其另存为 UTF-8。</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="207"/>
        <source>{path}: the personal dictionary cannot be read ({reason}).</source>
        <translation>{path}：无法读取个人词典（{reason}）。</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="209"/>
        <source>{path}: the personal dictionary cannot be written ({reason}).</source>
        <translation>{path}：无法写入个人词典（{reason}）。</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="211"/>
        <source>The word is empty.</source>
        <translation>单词为空。</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="212"/>
        <source>One word at a time, without spaces: “{word}”.</source>
        <translation>每次只能添加一个词，不能有空格：“{word}”。</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="214"/>
        <source>A word is at most {limit} characters long.</source>
        <translation>单词最长 {limit} 个字符。</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="215"/>
        <source>“{word}” is not a word (it has no letters).</source>
        <translation>“{word}”不是单词（其中没有字母）。</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="217"/>
        <source>Id “{value}”: use lower-case Latin letters, digits and dashes, for example my-answer.</source>
        <translation>标识“{value}”：请使用小写拉丁字母、数字和连字符，例如 my-answer。</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="220"/>
        <source>Situation “{value}”: choose one from the list, or type an id of lower-case Latin letters, digits and _.</source>
        <translation>情形“{value}”：请从列表中选择，或输入由小写拉丁字母、数字和 _ 组成的标识。</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="223"/>
        <source>Write the reply in Russian, in English, or both.</source>
        <translation>请用俄语、英语或两种语言撰写回复。</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="225"/>
        <source>A reply has more than one cursor mark {|}: keep one.</source>
        <translation>回复中有多个光标标记 {|}：请只保留一个。</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="227"/>
        <source>Tick at least one channel.</source>
        <translation>请至少勾选一个渠道。</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="228"/>
        <source>Give the snippet a title.</source>
        <translation>请为模板填写标题。</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="229"/>
        <source>A snippet with the id “{id}” already exists: choose another id.</source>
        <translation>标识为“{id}”的模板已存在：请换一个标识。</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="231"/>
        <source>“{id}” is in your library already.</source>
        <translation>“{id}”已在您的模板库中。</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="232"/>
        <source>“{id}” comes with the app or your team&apos;s library, which are read-only; edit it to make your own copy.</source>
        <translation>“{id}”来自程序自带或团队的模板库，它们是只读的；编辑它即可生成您自己的副本。</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="239"/>
        <source>It is kept in the Outbox and sent again automatically while the app is open.</source>
        <translation>邮件已保存在“发件箱”中，应用打开期间会自动重新发送。</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="241"/>
        <source>It is kept in the Outbox: fix the cause, then retry it there.</source>
        <translation>邮件已保存在“发件箱”中：请先解决问题，再从发件箱重试。</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="243"/>
        <source>It is kept in the Outbox as “may have been sent”.</source>
        <translation>邮件已保存在“发件箱”中，标记为“可能已发送”。</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="249"/>
        <source>To</source>
        <translation>收件人</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="250"/>
        <source>Cc</source>
        <translation>抄送</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="251"/>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="252"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="253"/>
        <source>SMTP server</source>
        <translation>SMTP 服务器</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="254"/>
        <source>Incoming mail server</source>
        <translation>收件服务器</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="255"/>
        <source>Incoming port</source>
        <translation>收件端口</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="256"/>
        <source>Incoming security</source>
        <translation>收件加密方式</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="257"/>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="258"/>
        <source>Security</source>
        <translation>加密方式</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="259"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="260"/>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="261"/>
        <source>Sender address</source>
        <translation>发件人地址</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="262"/>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="263"/>
        <source>Sender name</source>
        <translation>发件人名称</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="264"/>
        <source>CA file</source>
        <translation>CA 证书文件</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="265"/>
        <source>Timeout</source>
        <translation>超时</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="289"/>
        <source>Attempts made: {n}; no more automatic retries.</source>
        <translation>已尝试 {n} 次，不再自动重试。</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="59"/>
        <source>the database is in use by another program (it is locked); nothing was changed: try again when that program is done.</source>
        <translation>数据库正被另一个程序使用（已锁定）；未做任何更改：请在该程序结束后重试。</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="62"/>
        <source>the disk is full: nothing could be written (free some space).</source>
        <translation>磁盘已满：无法写入任何内容（请释放一些空间）。</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="64"/>
        <source>the database is damaged ({reason}).</source>
        <translation>数据库已损坏（{reason}）。</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="65"/>
        <source>the database cannot be written (the file or its folder is read-only).</source>
        <translation>无法写入数据库（文件或其文件夹为只读）。</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="67"/>
        <source>{path}: the drafts file was deleted or replaced while the app was open.</source>
        <translation>{path}：应用打开期间，草稿文件被删除或替换。</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="155"/>
        <source>{source}: the buyer&apos;s Subject header is too long to be the reply&apos;s subject ({length} characters, at most {limit}): give the reply a subject of your own.</source>
        <translation>{source}：买家邮件的 Subject 标题太长，不能用作回复的主题（{length} 个字符，最多 {limit} 个）：请为回复另写一个主题。</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="158"/>
        <source>{source}: the buyer&apos;s Subject header holds control characters (they could add hidden headers to the reply), so it cannot be the reply&apos;s subject: give the reply a subject of your own.</source>
        <translation>{source}：买家邮件的 Subject 标题含有控制字符（它们可能给回复加上隐藏的标题），因此不能用作回复的主题：请为回复另写一个主题。</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="162"/>
        <source>the history cannot be written ({reason}), so sending an unapproved reply anyway cannot be recorded: nothing was sent.</source>
        <translation>无法写入历史记录（{reason}），因此无法记录强行发送未通过的回复：未发送任何内容。</translation>
    </message>
</context>
<context>
    <name>FeedbackView</name>
    <message>
        <location filename="../../ozon_assistant/ui/inbox/feedback_view.py" line="154"/>
        <source>Buyers&apos; feedback</source>
        <translation>买家反馈</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/inbox/feedback_view.py" line="171"/>
        <source>&amp;Period:</source>
        <translation>时间范围(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/inbox/feedback_view.py" line="176"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/inbox/feedback_view.py" line="183"/>
        <source>&amp;Export CSV…</source>
        <translation>导出 CSV(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/inbox/feedback_view.py" line="211"/>
        <source>Situation</source>
        <translation>场景</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/inbox/feedback_view.py" line="211"/>
        <source>Words buyers use most (messages)</source>
        <translation>买家最常用的词（邮件数）</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/inbox/feedback_view.py" line="213"/>
        <source>Product or SKU</source>
        <translation>商品或货号</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/inbox/feedback_view.py" line="213"/>
        <location filename="../../ozon_assistant/ui/inbox/feedback_view.py" line="414"/>
        <location filename="../../ozon_assistant/ui/inbox/feedback_view.py" line="445"/>
        <location filename="../../ozon_assistant/ui/inbox/feedback_view.py" line="461"/>
        <location filename="../../ozon_assistant/ui/inbox/feedback_view.py" line="485"/>
        <source>Messages</source>
        <translation>邮件</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/inbox/feedback_view.py" line="232"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/inbox/feedback_view.py" line="239"/>
        <source>Situations as the Inbox tags them; a message still unanswered but less than a day old is not counted in the 24-hour share yet.</source>
        <translation>场景与收件箱中标注的相同；尚未回复且不满一天的邮件暂不计入 24 小时回复率。</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/inbox/feedback_view.py" line="274"/>
        <source>All messages</source>
        <translation>全部邮件</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/inbox/feedback_view.py" line="274"/>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/inbox/feedback_view.py" line="274"/>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/inbox/feedback_view.py" line="275"/>
        <source>Last 90 days</source>
        <translation>最近 90 天</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/inbox/feedback_view.py" line="275"/>
        <source>Last 12 months</source>
        <translation>最近 12 个月</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/inbox/feedback_view.py" line="308"/>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/inbox/feedback_view.py" line="324"/>
        <source>Export feedback as CSV</source>
        <translation>将买家反馈导出为 CSV</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/inbox/feedback_view.py" line="325"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/inbox/feedback_view.py" line="331"/>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/inbox/feedback_view.py" line="349"/>
        <source>Saved to %1</source>
        <translation>已保存到 %1</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/inbox/feedback_view.py" line="359"/>
        <source>The CSV file could not be saved to %1: %2. Choose another folder or file name.</source>
        <translation>无法将 CSV 文件保存到 %1：%2。请选择其他文件夹或文件名。</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/inbox/feedback_view.py" line="361"/>
        <source>Not saved.</source>
        <translation>未保存。</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/inbox/feedback_view.py" line="366"/>
        <source>The figures could not be computed: %1</source>
        <translation>无法统计数据：%1</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/inbox/feedback_view.py" line="382"/>
        <source>Export CSV</source>
        <translation>导出 CSV</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/inbox/feedback_view.py" line="388"/>
        <location filename="../../ozon_assistant/ui/inbox/feedback_view.py" line="389"/>
        <source>you have no permission to write there</source>
        <translation>没有写入权限</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/inbox/feedback_view.py" line="390"/>
        <source>that is a folder</source>
        <translation>这是一个文件夹</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/inbox/feedback_view.py" line="391"/>
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/inbox/feedback_view.py" line="392"/>
        <source>the disk is read-only</source>
        <translation>磁盘为只读</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/inbox/feedback_view.py" line="393"/>
        <location filename="../../ozon_assistant/ui/inbox/feedback_view.py" line="394"/>
        <source>the folder does not exist</source>
        <translation>文件夹不存在</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/inbox/feedback_view.py" line="400"/>
        <source>Other (no situation)</source>
        <translation>其他（无对应场景）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ozon_assistant/ui/inbox/feedback_view.py" line="415"/>
        <source>%n answered</source>
        <translation>
            <numerusform>已回复 %n 封</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/inbox/feedback_view.py" line="419"/>
        <source>no message is a day old yet</source>
        <translation>所有邮件都还不满一天</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/inbox/feedback_view.py" line="421"/>
        <source>%1%</source>
        <comment>a percentage</comment>
        <translation>%1%</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/inbox/feedback_view.py" line="422"/>
        <source>%1 of %2 messages</source>
        <translation>%2 封中的 %1 封</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ozon_assistant/ui/inbox/feedback_view.py" line="425"/>
        <source>%1; %n newer one(s) not counted yet</source>
        <translation>
            <numerusform>%1；另有 %n 封较新的邮件暂不计入</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/inbox/feedback_view.py" line="427"/>
        <location filename="../../ozon_assistant/ui/inbox/feedback_view.py" line="446"/>
        <source>Answered within 24 hours</source>
        <translation>24 小时内回复</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/inbox/feedback_view.py" line="430"/>
        <location filename="../../ozon_assistant/ui/inbox/feedback_view.py" line="447"/>
        <source>Median wait</source>
        <translation>等待时间中位数</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/inbox/feedback_view.py" line="431"/>
        <source>%1 h</source>
        <comment>hours</comment>
        <translation>%1 小时</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/inbox/feedback_view.py" line="432"/>
        <source>until the reply was sent, or until now</source>
        <translation>直到回复发出；未回复的算到现在</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/inbox/feedback_view.py" line="438"/>
        <source>No messages from buyers in this period. Messages come in when the inbox syncs with the incoming mail server.</source>
        <translation>此时间范围内没有买家邮件。收件箱与收件服务器同步后，邮件会显示在这里。</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/inbox/feedback_view.py" line="441"/>
        <source>Counted at %1</source>
        <translation>统计于 %1</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/inbox/feedback_view.py" line="452"/>
        <source>Messages per situation</source>
        <translation>按场景统计的邮件</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ozon_assistant/ui/inbox/feedback_view.py" line="458"/>
        <source>%n more situation(s)</source>
        <translation>
            <numerusform>其他 %n 个场景</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/inbox/feedback_view.py" line="481"/>
        <source>Messages per week</source>
        <translation>每周邮件数</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/inbox/feedback_view.py" line="496"/>
        <source>Week beginning</source>
        <translation>每周起始日</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/inbox/feedback_view.py" line="510"/>
        <source>%1 (%2)</source>
        <comment>a word and its messages</comment>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <location filename="../../ozon_assistant/ui/compose/findings_panel.py" line="112"/>
        <source>Findings</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/compose/findings_panel.py" line="113"/>
        <source>Fix all safe</source>
        <translation>一键安全修正</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/compose/findings_panel.py" line="115"/>
        <source>Apply every finding that has exactly one fix (%1); Ctrl+Z undoes it</source>
        <translation>对所有只有唯一修正的问题应用修正（%1）；按 Ctrl+Z 撤销</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/compose/findings_panel.py" line="117"/>
        <source>Why?</source>
        <translation>为什么？</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/compose/findings_panel.py" line="118"/>
        <source>Open the rule in the Standard view (F1)</source>
        <translation>在“Ozon 沟通标准”视图中打开此规则（F1）</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/compose/findings_panel.py" line="133"/>
        <source>Start typing: findings appear here.</source>
        <translation>开始输入后，问题会显示在这里。</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/compose/findings_panel.py" line="135"/>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/compose/findings_panel.py" line="136"/>
        <source>No findings. The reply meets the standard.</source>
        <translation>没有问题。回复符合 Ozon 沟通标准。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ozon_assistant/ui/compose/findings_panel.py" line="142"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n 个错误</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ozon_assistant/ui/compose/findings_panel.py" line="143"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n 个警告</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ozon_assistant/ui/compose/findings_panel.py" line="144"/>
        <source>%n suggestion(s)</source>
        <translation>
            <numerusform>%n 条建议</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ozon_assistant/ui/compose/findings_panel.py" line="168"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… 还有 %n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ozon_assistant/ui/compose/findings_panel.py" line="147"/>
        <source>Shown in %n row(s): findings on the same words share one.</source>
        <translation>
            <numerusform>显示为 %n 行：同一处文字的多条提示合为一行。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../ozon_assistant/ui/window/first_run.py" line="94"/>
        <source>Welcome to Ozon Compose Assistant</source>
        <translation>欢迎使用 Ozon 回复助手</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/first_run.py" line="96"/>
        <source>&lt;h2&gt;Welcome!&lt;/h2&gt;&lt;p&gt;While you write to buyers, this app underlines what breaks Ozon&apos;s communication standard, explains why and offers a fix. Four questions, then you are ready. Everything can be changed later in Settings.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;欢迎！&lt;/h2&gt;&lt;p&gt;在您给买家写回复时，本应用会用下划线标出违反 Ozon 沟通标准的内容，说明原因并给出修正建议。只需回答四个问题即可开始使用，之后都可以在“设置”中修改。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/first_run.py" line="100"/>
        <source>I reply to buyers in:</source>
        <translation>回复买家所用语言：</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/first_run.py" line="103"/>
        <source>e.g. Уют</source>
        <translation>例如：Уют</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/first_run.py" line="104"/>
        <source>My shop&apos;s name:</source>
        <translation>我的店铺名称：</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/first_run.py" line="105"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/first_run.py" line="107"/>
        <source>Start writing</source>
        <translation>开始撰写</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/first_run.py" line="108"/>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
</context>
<context>
    <name>HeaderBar</name>
    <message>
        <location filename="../../ozon_assistant/ui/compose/header.py" line="90"/>
        <source>C&amp;hannel:</source>
        <extracomment>the counter has room for this many digits at least (a reply longer than 9,999 characters makes room for one more: a new size a handful of times in a reply&apos;s life, never per key)</extracomment>
        <translation>渠道(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/compose/header.py" line="93"/>
        <source>Characters in the reply / the channel&apos;s limit</source>
        <translation>回复字符数 / 该渠道的字数上限</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/compose/header.py" line="94"/>
        <source>&amp;Language:</source>
        <translation>回复语言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/compose/header.py" line="114"/>
        <source>Auto (%1)</source>
        <translation>自动（%1）</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/compose/header.py" line="105"/>
        <source>0–10: errors cost 4, warnings 2, suggestions ½</source>
        <translation>0–10 分：每个错误扣 4 分，警告扣 2 分，建议扣 ½ 分</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/compose/header.py" line="106"/>
        <source>Approve &amp;&amp; Copy</source>
        <translation>通过并复制</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/compose/header.py" line="107"/>
        <source>Copy the reply to the clipboard (Ctrl+Enter)</source>
        <translation>将回复复制到剪贴板（Ctrl+Enter）</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/compose/header.py" line="159"/>
        <source>%1 chars</source>
        <translation>%1 个字符</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/compose/header.py" line="194"/>
        <source>Score %1/10</source>
        <translation>评分 %1/10</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/compose/header.py" line="195"/>
        <source>Score –</source>
        <translation>评分 –</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/compose/header.py" line="199"/>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/compose/header.py" line="201"/>
        <source>✓ Approved</source>
        <translation>✓ 已通过</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ozon_assistant/ui/compose/header.py" line="203"/>
        <source>✗ Not approved: %n error(s)</source>
        <translation>
            <numerusform>✗ 未通过：%n 个错误</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/compose/header.py" line="197"/>
        <source>Nothing to approve yet</source>
        <translation>尚无可批准的内容</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../../ozon_assistant/ui/window/history_view.py" line="41"/>
        <source>History of replies</source>
        <translation>回复历史记录</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/history_view.py" line="47"/>
        <source>Search text, recipient or subject…</source>
        <translation>搜索正文、收件人或主题…</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/history_view.py" line="54"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/history_view.py" line="54"/>
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/history_view.py" line="54"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/history_view.py" line="54"/>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/history_view.py" line="55"/>
        <source>Reply</source>
        <translation>回复</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/history_view.py" line="70"/>
        <source>&amp;Use in a new draft</source>
        <translation>用于新草稿(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/history_view.py" line="72"/>
        <source>&amp;Copy text</source>
        <translation>复制文本(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/history_view.py" line="96"/>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/history_view.py" line="97"/>
        <source>Copied with findings</source>
        <translation>带问题复制</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/history_view.py" line="98"/>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/history_view.py" line="99"/>
        <source>Sent with findings</source>
        <translation>带问题发送</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/history_view.py" line="118"/>
        <source>No replies yet.</source>
        <translation>暂无回复。</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/history_view.py" line="119"/>
        <source>Nothing matches.</source>
        <translation>没有匹配的结果。</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/history_view.py" line="133"/>
        <source>Overridden findings:</source>
        <translation>强制忽略的问题：</translation>
    </message>
</context>
<context>
    <name>Inbox</name>
    <message>
        <location filename="../../ozon_assistant/ui/inbox/view.py" line="55"/>
        <source>under a minute</source>
        <translation>不到一分钟</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/inbox/view.py" line="57"/>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/inbox/view.py" line="60"/>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/inbox/view.py" line="62"/>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/inbox/view.py" line="63"/>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小时</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/inbox/view.py" line="76"/>
        <source>Answered, thanked</source>
        <translation>已回复，已致谢</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/inbox/view.py" line="78"/>
        <source>Answered</source>
        <translation>已回复</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/inbox/view.py" line="80"/>
        <source>Reply in the Outbox</source>
        <translation>回复在发件箱中</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/inbox/view.py" line="81"/>
        <source>Waiting</source>
        <translation>等待回复</translation>
    </message>
</context>
<context>
    <name>InboxDock</name>
    <message>
        <location filename="../../ozon_assistant/ui/inbox/view.py" line="148"/>
        <source>Buyers&apos; inbox</source>
        <translation>买家来信</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/inbox/view.py" line="149"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/inbox/view.py" line="149"/>
        <source>Waited</source>
        <translation>等待时长</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/inbox/view.py" line="149"/>
        <source>From</source>
        <translation>发件人</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/inbox/view.py" line="150"/>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/inbox/view.py" line="150"/>
        <source>Situation</source>
        <translation>情形</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/inbox/view.py" line="151"/>
        <source>&amp;Reply</source>
        <translation>回复(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/inbox/view.py" line="152"/>
        <source>Answer the selected e-mail in a new draft (Enter)</source>
        <translation>在新草稿中回复所选邮件（回车）</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/inbox/view.py" line="153"/>
        <source>Send a &amp;thank-you letter</source>
        <translation>发送感谢信(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/inbox/view.py" line="155"/>
        <source>For a buyer whose issue was resolved: a thank-you letter to review and send, once per message</source>
        <translation>给问题已解决的买家：一封供您检查后发送的感谢信，每封邮件一次</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/inbox/view.py" line="157"/>
        <source>S&amp;ync</source>
        <translation>同步(&amp;Y)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ozon_assistant/ui/inbox/view.py" line="181"/>
        <source>%n waiting for an answer</source>
        <translation>
            <numerusform>%n 封等待回复</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/inbox/view.py" line="206"/>
        <source>(no subject)</source>
        <translation>（无主题）</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/inbox/view.py" line="213"/>
        <source>Not read in full: open it to see what could be read.</source>
        <translation>未能完整读取：打开邮件查看已读取的内容。</translation>
    </message>
</context>
<context>
    <name>InboxExtension</name>
    <message>
        <location filename="../../ozon_assistant/ui/inbox/extension.py" line="114"/>
        <source>Buyers&apos; &amp;inbox</source>
        <translation>买家来信(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/inbox/extension.py" line="114"/>
        <source>S&amp;ync inbox</source>
        <translation>同步收件箱(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/inbox/extension.py" line="117"/>
        <source>Fetch new e-mails now (%1); the app also does it every %2 minutes</source>
        <translation>立即收取新邮件（%1）；应用也会每 %2 分钟自动收取</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/inbox/extension.py" line="150"/>
        <location filename="../../ozon_assistant/ui/inbox/extension.py" line="295"/>
        <source>No account reads incoming mail yet: add its incoming mail server in %1.</source>
        <translation>还没有账户收取邮件：请在 %1 中添加收件服务器。</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/inbox/extension.py" line="154"/>
        <source>No e-mails from buyers yet. New ones are fetched every few minutes, or now with Sync.</source>
        <translation>还没有买家来信。新邮件每隔几分钟自动收取，也可点击“同步”立即收取。</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/inbox/extension.py" line="164"/>
        <source>Inbox: syncing…</source>
        <translation>收件箱：正在同步…</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/inbox/extension.py" line="168"/>
        <source>Inbox: sync failed at %1 — %2</source>
        <translation>收件箱：%1 同步失败——%2</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/inbox/extension.py" line="171"/>
        <source>Inbox synced at %1</source>
        <translation>收件箱已于 %1 同步</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/inbox/extension.py" line="256"/>
        <source>Inbox not read: %1</source>
        <translation>未能读取收件箱：%1</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/inbox/extension.py" line="266"/>
        <source>The inbox is being synced already.</source>
        <translation>收件箱正在同步中。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ozon_assistant/ui/inbox/extension.py" line="305"/>
        <source>%n new e-mail(s) from buyers</source>
        <translation>
            <numerusform>%n 封买家新邮件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/inbox/extension.py" line="394"/>
        <source>This e-mail was answered already: a second reply goes only if you send it.</source>
        <translation>这封邮件已回复过：只有您发送时才会再发出第二封回复。</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/inbox/extension.py" line="397"/>
        <source>Answering %1: Send replies in the same thread (%2)</source>
        <translation>正在回复“%1”：发送后回复位于同一会话中（%2）</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/inbox/extension.py" line="412"/>
        <source>A thank-you letter goes once the buyer&apos;s e-mail is answered, and only once per e-mail.</source>
        <translation>感谢信在回复买家之后才能发送，且每封邮件只发一次。</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/inbox/extension.py" line="436"/>
        <source>Fill in before sending: %1</source>
        <translation>发送前请填写：%1</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/inbox/extension.py" line="439"/>
        <source>Review the thank-you letter, then send it (Ctrl+Shift+Enter).</source>
        <translation>请检查感谢信，然后发送（Ctrl+Shift+Enter）。</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../ozon_assistant/ui/shared/labels.py" line="52"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/labels.py" line="53"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/labels.py" line="54"/>
        <source>Suggestion</source>
        <translation>建议</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/labels.py" line="70"/>
        <source>Capitals</source>
        <translation>大写字母</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/labels.py" line="71"/>
        <source>Punctuation</source>
        <translation>标点</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/labels.py" line="72"/>
        <source>Emoji and smileys</source>
        <translation>表情符号</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/labels.py" line="73"/>
        <source>Formality</source>
        <translation>正式程度</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/labels.py" line="74"/>
        <source>Vague wording</source>
        <translation>措辞含糊</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/labels.py" line="75"/>
        <source>Rudeness</source>
        <translation>粗鲁</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/labels.py" line="76"/>
        <source>Negativity</source>
        <translation>负面语气</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/labels.py" line="77"/>
        <source>Consumer law</source>
        <translation>消费者权益法</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/labels.py" line="78"/>
        <source>Contacts</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/labels.py" line="79"/>
        <source>Off-platform</source>
        <translation>引导站外</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/labels.py" line="80"/>
        <source>Privacy</source>
        <translation>隐私</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/labels.py" line="81"/>
        <source>Clarity</source>
        <translation>清晰度</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/labels.py" line="82"/>
        <source>Typography</source>
        <translation>排版</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/labels.py" line="83"/>
        <source>Spelling</source>
        <translation>拼写</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/labels.py" line="84"/>
        <source>Grammar</source>
        <translation>语法</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/labels.py" line="85"/>
        <source>Structure</source>
        <translation>结构</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/labels.py" line="86"/>
        <source>Placeholders</source>
        <translation>占位字段</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/labels.py" line="87"/>
        <source>Length</source>
        <translation>长度</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/labels.py" line="94"/>
        <source>Chat</source>
        <translation>聊天</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/labels.py" line="95"/>
        <source>Review reply</source>
        <translation>评价回复</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/labels.py" line="96"/>
        <source>Product question</source>
        <translation>商品问答</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/labels.py" line="97"/>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/labels.py" line="109"/>
        <source>Step 1. Business style</source>
        <translation>第 1 步：商务风格</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/labels.py" line="110"/>
        <source>Step 2. Positive emotions</source>
        <translation>第 2 步：积极情绪</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/labels.py" line="111"/>
        <source>Step 3. Contract and law</source>
        <translation>第 3 步：合同与法律</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/labels.py" line="112"/>
        <source>Step 4. No shouting</source>
        <translation>第 4 步：不要喊叫</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/labels.py" line="113"/>
        <source>Ozon&apos;s communication policy</source>
        <translation>Ozon 沟通政策</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/labels.py" line="114"/>
        <source>Language and spelling</source>
        <translation>语言与拼写</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/labels.py" line="116"/>
        <source>Structure of a reply</source>
        <translation>回复结构</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/labels.py" line="118"/>
        <source>Other rules</source>
        <translation>其他规则</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/labels.py" line="126"/>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/labels.py" line="132"/>
        <source>Auto</source>
        <translation>自动</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/labels.py" line="124"/>
        <source>Russian</source>
        <translation>俄语</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/labels.py" line="29"/>
        <source>%1: %2</source>
        <comment>a label and what it labels</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/labels.py" line="35"/>
        <source>“%1”</source>
        <comment>quotation marks around a piece of text</comment>
        <translation>“%1”</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/labels.py" line="41"/>
        <source>%1, %2</source>
        <comment>two clauses of one sentence</comment>
        <translation>%1，%2</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/labels.py" line="47"/>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/labels.py" line="125"/>
        <source>English</source>
        <translation>英语</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/labels.py" line="142"/>
        <source>Interface &amp;language:</source>
        <translation>界面语言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/labels.py" line="147"/>
        <source>&amp;Return period on my product pages:</source>
        <translation>商品页面上的退货期限(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/labels.py" line="162"/>
        <source>Remove it</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/labels.py" line="163"/>
        <source>Replace with “%1”</source>
        <translation>替换为“%1”</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/labels.py" line="115"/>
        <source>Grammar: agreement, cases, verb forms</source>
        <translation>语法：一致关系、格、动词形式</translation>
    </message>
</context>
<context>
    <name>MailExtension</name>
    <message>
        <location filename="../../ozon_assistant/ui/mail/extension.py" line="83"/>
        <source>Buyer&apos;s e-mail</source>
        <translation>买家邮件</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/extension.py" line="84"/>
        <source>For reference only: the buyer&apos;s words are not checked.</source>
        <translation>仅供参考：不检查买家的原文。</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/extension.py" line="86"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/extension.py" line="92"/>
        <source>Open or drop a buyer&apos;s .eml to answer it by e-mail.</source>
        <translation>打开或拖入买家的 .eml 文件，即可通过电子邮件回复。</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/extension.py" line="96"/>
        <source>From:</source>
        <translation>发件人：</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/extension.py" line="97"/>
        <source>Subject:</source>
        <translation>主题：</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/extension.py" line="101"/>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/extension.py" line="104"/>
        <source>(headers only)</source>
        <translation>（仅邮件头）</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/extension.py" line="199"/>
        <source>&amp;Send by e-mail…</source>
        <translation>通过电子邮件发送(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/extension.py" line="199"/>
        <location filename="../../ozon_assistant/ui/mail/send_dialog.py" line="407"/>
        <source>&amp;Outbox</source>
        <translation>发件箱(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/inbox/extension.py" line="152"/>
        <location filename="../../ozon_assistant/ui/inbox/extension.py" line="297"/>
        <location filename="../../ozon_assistant/ui/mail/extension.py" line="200"/>
        <location filename="../../ozon_assistant/ui/mail/send_dialog.py" line="249"/>
        <source>E-mail &amp;accounts…</source>
        <translation>邮箱账户(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/extension.py" line="201"/>
        <source>Open buyer&apos;s &amp;e-mail (.eml)…</source>
        <translation>打开买家邮件 (.eml)(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/extension.py" line="202"/>
        <source>&amp;Paste buyer&apos;s e-mail headers</source>
        <translation>粘贴买家邮件头(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/extension.py" line="241"/>
        <source>Open buyer&apos;s e-mail</source>
        <translation>打开买家邮件</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/extension.py" line="242"/>
        <source>E-mail (*.eml);;All files (*)</source>
        <translation>电子邮件 (*.eml);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/extension.py" line="250"/>
        <source>Answering %1</source>
        <translation>正在回复 %1</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/extension.py" line="255"/>
        <source>pasted headers</source>
        <translation>粘贴的邮件头</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/extension.py" line="288"/>
        <source>Nothing to send: the reply is empty.</source>
        <translation>没有可发送的内容：回复为空。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ozon_assistant/ui/mail/extension.py" line="356"/>
        <source>Sent %n queued e-mail(s)</source>
        <translation>
            <numerusform>已发送 %n 封排队中的邮件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/extension.py" line="193"/>
        <source>The outbox %1 was damaged: it was renamed to %2 and kept for recovery (nothing in it was deleted). A new outbox was started; the messages in the damaged one are not in it.</source>
        <translation>发件箱 %1 已损坏：已重命名为 %2 并保留以便恢复（其中内容均未删除）。已新建发件箱；损坏文件中的邮件不在其中。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ozon_assistant/ui/window/main_window.py" line="426"/>
        <source>Ozon Compose Assistant</source>
        <translation>Ozon 回复助手</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/main_window.py" line="221"/>
        <source>History not saved: %1</source>
        <translation>历史记录未保存：%1</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/main_window.py" line="288"/>
        <source>Draft not saved: %1</source>
        <translation>草稿未保存：%1</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/main_window.py" line="300"/>
        <source>Close draft</source>
        <translation>关闭草稿</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/main_window.py" line="301"/>
        <source>This reply has not been copied. Close it and delete the draft?</source>
        <translation>此回复尚未复制。要关闭并删除该草稿吗？</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ozon_assistant/ui/window/main_window.py" line="349"/>
        <source>Restored %n draft(s).</source>
        <translation>
            <numerusform>已恢复 %n 份草稿。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/startup.py" line="54"/>
        <source>Loading snippets, e-mail and spelling…</source>
        <translation>正在加载回复模板、电子邮件和拼写检查…</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/startup.py" line="115"/>
        <source>An add-on failed to load: %1</source>
        <translation>扩展加载失败：%1</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/actions.py" line="77"/>
        <source>Nothing to copy yet.</source>
        <translation>暂无可复制的内容。</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/actions.py" line="98"/>
        <source>Approved and copied to the clipboard; the draft is closed (History, Ctrl+H, keeps the reply).</source>
        <translation>已通过，并已复制到剪贴板；草稿已关闭（回复保存在历史记录中，Ctrl+H）。</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/actions.py" line="100"/>
        <source>Approved and copied to the clipboard.</source>
        <translation>已通过，并已复制到剪贴板。</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/actions.py" line="103"/>
        <source>Copied with findings; the draft is closed and the override is in the history (Ctrl+H).</source>
        <translation>已带问题复制；草稿已关闭，此次强制操作已记入历史记录（Ctrl+H）。</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/actions.py" line="105"/>
        <source>Copied with findings; the override is in the history.</source>
        <translation>已带问题复制；此次强制操作已记入历史记录。</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/actions.py" line="113"/>
        <source>No finding with exactly one fix.</source>
        <translation>没有只有唯一修正的问题。</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/actions.py" line="120"/>
        <source>No findings.</source>
        <translation>没有问题。</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/actions.py" line="144"/>
        <source>Rule switched off: %1 Settings → Rules turns it back on.</source>
        <translation>规则已关闭：%1 可在“设置 → 规则”中重新开启。</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/actions.py" line="152"/>
        <source>The personal dictionary is not available.</source>
        <translation>个人词典不可用。</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/actions.py" line="158"/>
        <source>“%1” not added: %2</source>
        <translation>未添加“%1”：%2</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/actions.py" line="163"/>
        <source>“%1” added to your dictionary.</source>
        <translation>已将“%1”添加到个人词典。</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/actions.py" line="175"/>
        <source>Settings not saved</source>
        <translation>设置未保存</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/actions.py" line="176"/>
        <source>%1

The file was left as it is; fix or remove it, then change the settings again. The new settings apply until you close the app.</source>
        <translation>%1

该文件保持原样，未作改动；请修正或删除它，然后重新修改设置。新设置在关闭应用之前有效。</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/compose/draft_recovery.py" line="55"/>
        <source>The drafts file was deleted and cannot be made again: %1 Your drafts stay on screen but are not saved.</source>
        <translation>草稿文件已被删除且无法重新创建：%1 您的草稿仍显示在屏幕上，但不会被保存。</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/compose/draft_recovery.py" line="63"/>
        <source>The drafts file %1 was deleted while the app was open: it was made again and every open draft was saved into it.</source>
        <translation>应用打开期间草稿文件 %1 被删除：已重新创建，所有打开的草稿均已保存到其中。</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../../ozon_assistant/ui/window/parts.py" line="34"/>
        <source>&amp;Draft</source>
        <translation>草稿(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/parts.py" line="35"/>
        <source>&amp;Reply</source>
        <translation>回复(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/parts.py" line="36"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/parts.py" line="37"/>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/parts.py" line="38"/>
        <source>&amp;Mail</source>
        <translation>邮件(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/parts.py" line="39"/>
        <source>&amp;Snippets</source>
        <translation>回复模板(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/parts.py" line="40"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/parts.py" line="60"/>
        <source>&amp;New draft</source>
        <translation>新建草稿(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/parts.py" line="62"/>
        <source>&amp;Close draft</source>
        <translation>关闭草稿(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/parts.py" line="63"/>
        <source>Ne&amp;xt draft</source>
        <translation>下一个草稿(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/parts.py" line="65"/>
        <source>&amp;Previous draft</source>
        <translation>上一个草稿(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/parts.py" line="68"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/parts.py" line="70"/>
        <source>&amp;Approve &amp;&amp; Copy</source>
        <translation>通过并复制(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/parts.py" line="72"/>
        <source>&amp;Fix all safe</source>
        <translation>一键安全修正(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/parts.py" line="74"/>
        <source>&amp;Next finding</source>
        <translation>下一个问题(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/parts.py" line="75"/>
        <source>P&amp;revious finding</source>
        <translation>上一个问题(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/parts.py" line="77"/>
        <location filename="../../ozon_assistant/ui/window/parts.py" line="78"/>
        <source>C&amp;hannel</source>
        <translation>渠道(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/parts.py" line="85"/>
        <source>Reply &amp;language: next</source>
        <translation>切换回复语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/parts.py" line="88"/>
        <source>&amp;Findings</source>
        <translation>问题列表(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/parts.py" line="89"/>
        <source>&amp;History</source>
        <translation>历史记录(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/parts.py" line="90"/>
        <source>Buyers&apos; f&amp;eedback</source>
        <translation>买家反馈(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/parts.py" line="91"/>
        <source>The &amp;Standard</source>
        <translation>Ozon 沟通标准(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/parts.py" line="92"/>
        <source>&amp;Compose pane</source>
        <translation>编辑区(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/parts.py" line="94"/>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/parts.py" line="95"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/parts.py" line="97"/>
        <source>&amp;About Ozon Compose Assistant</source>
        <translation>关于 Ozon 回复助手(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/parts.py" line="125"/>
        <source>Writing and checking a reply</source>
        <extracomment>the shortcut list&apos;s groups, by task: each is the menus whose actions it lists, in this order</extracomment>
        <translation>撰写和检查回复</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/parts.py" line="126"/>
        <source>Drafts</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/parts.py" line="127"/>
        <source>Snippets and phrases</source>
        <translation>回复模板和常用语</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/parts.py" line="128"/>
        <source>E-mail</source>
        <translation>邮件</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/parts.py" line="129"/>
        <source>Views, settings and help</source>
        <translation>视图、设置和帮助</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/parts.py" line="168"/>
        <source>Fixes for the finding at the cursor</source>
        <translation>光标处问题的修正</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/parts.py" line="208"/>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message>
        <location filename="../../ozon_assistant/ui/mail/outbox_view.py" line="52"/>
        <source>Outbox</source>
        <translation>发件箱</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/outbox_view.py" line="62"/>
        <source>To</source>
        <translation>收件人</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/outbox_view.py" line="62"/>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/outbox_view.py" line="62"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/outbox_view.py" line="62"/>
        <source>Tries</source>
        <translation>尝试次数</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/outbox_view.py" line="63"/>
        <source>Last error</source>
        <translation>最近一次错误</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/outbox_view.py" line="63"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/outbox_view.py" line="81"/>
        <source>Show sent messages</source>
        <translation>显示已发送的邮件</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/outbox_view.py" line="87"/>
        <source>Set up an e-mail account…</source>
        <translation>设置邮箱账户…</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/outbox_view.py" line="91"/>
        <source>&amp;Retry</source>
        <translation>重试(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/outbox_view.py" line="94"/>
        <source>Retry &amp;all</source>
        <translation>全部重试(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/outbox_view.py" line="97"/>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/outbox_view.py" line="100"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ozon_assistant/ui/mail/outbox_view.py" line="164"/>
        <source>%n message(s) waiting</source>
        <translation>
            <numerusform>%n 封邮件等待发送</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/outbox_view.py" line="166"/>
        <source>Nothing waiting: every message was sent.</source>
        <translation>没有待发送的邮件：所有邮件均已发送。</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/outbox_view.py" line="169"/>
        <source>No e-mail has been sent from this app yet, and no e-mail account is set up: set one up to send replies by e-mail.</source>
        <translation>尚未从本应用发送过任何邮件，也还没有设置邮箱账户：请先设置一个，才能通过邮件发送回复。</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/outbox_view.py" line="171"/>
        <source>No e-mail has been sent from this app yet. A reply you send by e-mail waits here until the server accepts it.</source>
        <translation>尚未从本应用发送过任何邮件。通过邮件发送的回复会在这里等待，直到服务器接收为止。</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/outbox_view.py" line="200"/>
        <source>retry at %1</source>
        <translation>将于 %1 重试</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/outbox_view.py" line="204"/>
        <source>queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/outbox_view.py" line="204"/>
        <location filename="../../ozon_assistant/ui/mail/outbox_view.py" line="205"/>
        <source>sending</source>
        <translation>发送中</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/outbox_view.py" line="205"/>
        <source>sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/outbox_view.py" line="205"/>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/outbox_view.py" line="206"/>
        <source>may have been sent</source>
        <translation>可能已发送</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/outbox_view.py" line="227"/>
        <source>May have been sent</source>
        <translation>可能已发送</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/outbox_view.py" line="228"/>
        <source>The message to %1 may already have been delivered: the app stopped or the connection broke after the server received it. Check your mail server&apos;s Sent folder or ask the buyer. Send it again anyway? The buyer could get it twice.</source>
        <translation>发给 %1 的邮件可能已经送达：服务器收到邮件后，应用停止运行或连接中断了。请查看邮件服务器的“已发送”文件夹，或询问买家。仍要再次发送吗？买家可能会收到两封相同的邮件。</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/outbox_view.py" line="240"/>
        <source>Delete message</source>
        <translation>删除邮件</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/outbox_view.py" line="241"/>
        <source>Delete the unsent message to %1? It will not be sent.</source>
        <translation>删除发给 %1 的未发送邮件吗？删除后将不会发送。</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/outbox_view.py" line="252"/>
        <source>Sending to %1…</source>
        <translation>正在发送给 %1…</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/outbox_view.py" line="257"/>
        <source>Sending the waiting messages…</source>
        <translation>正在发送等待中的邮件…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ozon_assistant/ui/mail/outbox_view.py" line="292"/>
        <source>%n message(s) sent</source>
        <translation>
            <numerusform>已发送 %n 封邮件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ozon_assistant/ui/mail/outbox_view.py" line="294"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n 封失败</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/outbox_view.py" line="299"/>
        <source>Sent to %1.</source>
        <translation>已发送给 %1。</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/outbox_view.py" line="300"/>
        <source>Not sent again: the message is %1.</source>
        <translation>未再次发送：该邮件状态为“%1”。</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <location filename="../../ozon_assistant/ui/compose/approve.py" line="53"/>
        <source>Reply not approved</source>
        <translation>回复未通过</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/compose/approve.py" line="57"/>
        <source>This reply breaks Ozon&apos;s communication standard. Sending it can get your chats disabled or your shop penalised. Fix these first:</source>
        <translation>此回复违反 Ozon 沟通标准。发送后，您的聊天功能可能被停用，店铺也可能受到处罚。请先修正以下问题：</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/compose/approve.py" line="66"/>
        <source>I have read these findings and take responsibility for sending the reply as it is</source>
        <translation>我已阅读以上问题，并对按原样发送此回复承担责任</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/compose/approve.py" line="70"/>
        <source>Go back and fix</source>
        <translation>返回修改</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/compose/approve.py" line="72"/>
        <source>Copy with findings</source>
        <translation>带问题复制</translation>
    </message>
</context>
<context>
    <name>RestoreBar</name>
    <message>
        <location filename="../../ozon_assistant/ui/compose/restore_bar.py" line="40"/>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/compose/restore_bar.py" line="41"/>
        <source>Discard</source>
        <translation>丢弃</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ozon_assistant/ui/compose/restore_bar.py" line="45"/>
        <source>The app was not closed properly last time. %n unsaved draft(s) can be restored (“%1…”).</source>
        <translation>
            <numerusform>上次应用未正常关闭。可以恢复 %n 份未保存的草稿（“%1…”）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RuleSwitch</name>
    <message>
        <location filename="../../ozon_assistant/ui/window/rule_switch.py" line="35"/>
        <source>Switch off a rule that blocks breaches?</source>
        <translation>要关闭拦截违规内容的规则吗？</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/rule_switch.py" line="36"/>
        <source>%1: %2

This rule holds back replies that break Ozon&apos;s policy or the law. Switched off, such a reply is approved and can be sent, and Ozon may penalise the shop for it. Switch it off anyway?</source>
        <translation>%1：%2

这条规则会拦截违反 Ozon 规定或法律的回复。关闭后，此类回复会被批准并可以发送，Ozon 可能因此处罚店铺。仍要关闭吗？</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/rule_switch.py" line="44"/>
        <source>Switch it off</source>
        <translation>仍然关闭</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <location filename="../../ozon_assistant/ui/mail/send_dialog.py" line="104"/>
        <source>Connecting to the server…</source>
        <translation>正在连接服务器…</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/send_dialog.py" line="105"/>
        <source>Checking the server&apos;s certificate…</source>
        <translation>正在验证服务器证书…</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/send_dialog.py" line="106"/>
        <source>Signing in…</source>
        <translation>正在登录…</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/send_dialog.py" line="107"/>
        <source>Sending the message…</source>
        <translation>正在发送邮件…</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/send_dialog.py" line="108"/>
        <source>Waiting for the server to confirm…</source>
        <translation>正在等待服务器确认…</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/send_dialog.py" line="129"/>
        <source>Send by e-mail</source>
        <translation>通过电子邮件发送</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/send_dialog.py" line="146"/>
        <source>Set up an e-mail account…</source>
        <translation>设置邮箱账户…</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/send_dialog.py" line="161"/>
        <source>From:</source>
        <translation>发件人：</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/send_dialog.py" line="162"/>
        <source>To:</source>
        <translation>收件人：</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/send_dialog.py" line="163"/>
        <source>Cc:</source>
        <translation>抄送：</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/send_dialog.py" line="164"/>
        <source>Subject:</source>
        <translation>主题：</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/send_dialog.py" line="212"/>
        <source>A thank-you letter in the thread of “%1”; sent once per message</source>
        <translation>在“%1”会话中的感谢信；每封邮件只发一次</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/send_dialog.py" line="215"/>
        <source>Answers the buyer&apos;s e-mail “%1” (threaded); marked answered on the mail server once sent</source>
        <translation>回复买家的邮件“%1”（同一会话）；发送后在邮件服务器上标记为已回复</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/send_dialog.py" line="217"/>
        <source>Answers the buyer&apos;s e-mail “%1” (threaded)</source>
        <translation>回复买家的邮件“%1”（归入同一会话）</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/send_dialog.py" line="223"/>
        <source>&amp;Send</source>
        <translation>发送(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/send_dialog.py" line="228"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/send_dialog.py" line="267"/>
        <source>Approved: score %1/10</source>
        <translation>已通过：评分 %1/10</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ozon_assistant/ui/mail/send_dialog.py" line="273"/>
        <source>&lt;b&gt;Not approved: %n error(s)&lt;/b&gt; — “%1”: %2</source>
        <translation>
            <numerusform>&lt;b&gt;未通过：%n 个错误&lt;/b&gt; —— “%1”：%2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/send_dialog.py" line="277"/>
        <source>Sending it anyway needs your confirmation and is recorded in history.</source>
        <translation>如仍要发送，需要您确认，并会记入历史记录。</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/send_dialog.py" line="225"/>
        <source>Cancel sending</source>
        <translation>取消发送</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/send_dialog.py" line="227"/>
        <location filename="../../ozon_assistant/ui/mail/send_dialog.py" line="403"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/send_dialog.py" line="248"/>
        <source>No e-mail account yet: set one up in %1</source>
        <translation>还没有邮箱账户：请在“%1”中设置</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/send_dialog.py" line="296"/>
        <source>Reply not approved</source>
        <translation>回复未通过</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ozon_assistant/ui/mail/send_dialog.py" line="297"/>
        <source>This reply breaks Ozon&apos;s communication standard (%n error(s)). Send it anyway? Your choice is recorded in history.</source>
        <translation>
            <numerusform>此回复违反 Ozon 沟通标准（%n 个错误）。仍要发送吗？您的选择会记入历史记录。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/send_dialog.py" line="304"/>
        <source>Send anyway</source>
        <translation>仍然发送</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/send_dialog.py" line="350"/>
        <source>Not sent.</source>
        <translation>未发送。</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/send_dialog.py" line="384"/>
        <source>Thank-you letter sent to %1.</source>
        <translation>感谢信已发送给 %1。</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/send_dialog.py" line="386"/>
        <source>Sent to %1. The message is marked answered here; the mail server learns it at the next sync.</source>
        <translation>已发送给 %1。邮件已在此标记为已回复；邮件服务器将在下次同步时获知。</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/send_dialog.py" line="389"/>
        <source>Sent to %1; the message is marked answered.</source>
        <translation>已发送给 %1；邮件已标记为已回复。</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/send_dialog.py" line="391"/>
        <source>Sent to %1.</source>
        <translation>已发送给 %1。</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/send_dialog.py" line="222"/>
        <location filename="../../ozon_assistant/ui/mail/send_dialog.py" line="419"/>
        <source>Retry now</source>
        <translation>立即重试</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/send_dialog.py" line="400"/>
        <source>but it could not be added to the history.</source>
        <translation>但未能记入历史记录。</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/send_dialog.py" line="406"/>
        <source>This message is already being sent or was sent: see %1.</source>
        <translation>此邮件正在发送或已发送：请查看“%1”。</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/send_dialog.py" line="424"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/send_dialog.py" line="425"/>
        <source>Too late to cancel: the server already has the message.</source>
        <translation>无法取消：服务器已收到该邮件。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ozon_assistant/ui/window/settings_dialog.py" line="133"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/settings_dialog.py" line="134"/>
        <source>&amp;General</source>
        <translation>常规(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/settings_dialog.py" line="134"/>
        <source>R&amp;ules</source>
        <translation>规则(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/settings_dialog.py" line="134"/>
        <source>&amp;Checking</source>
        <translation>检查(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/settings_dialog.py" line="136"/>
        <source>Saved to %1</source>
        <translation>保存位置：%1</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/settings_dialog.py" line="138"/>
        <source>System language</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/settings_dialog.py" line="142"/>
        <source>Default c&amp;hannel:</source>
        <translation>默认渠道(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/settings_dialog.py" line="145"/>
        <source>Default reply lan&amp;guage:</source>
        <translation>默认回复语言(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/settings_dialog.py" line="146"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/settings_dialog.py" line="149"/>
        <source>Replies promising less than this, or less than the law&apos;s %1 days, are flagged.</source>
        <translation>回复中承诺的期限短于此值或短于法定的 %1 天时，会被标出。</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/settings_dialog.py" line="151"/>
        <source>&amp;Shop name:</source>
        <translation>店铺名称(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/settings_dialog.py" line="152"/>
        <source>S&amp;ignature:</source>
        <translation>签名(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/settings_dialog.py" line="163"/>
        <source>Off or Local: the text you check never leaves this computer. Only the public server, or a server whose URL you enter, receives it. Local needs Java 17 or newer and a LanguageTool folder (from languagetool.org, chosen below); its server starts in the background and stops when you close the app.</source>
        <translation>“关闭”或“本地”：所检查的文本不会离开这台电脑。只有公共服务器，或您输入网址的服务器，才会收到它。本地模式需要 Java 17 或更高版本以及 LanguageTool 文件夹（从 languagetool.org 下载，在下方选择）；其服务器在后台启动，并在您关闭应用时停止。</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/settings_dialog.py" line="273"/>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/settings_dialog.py" line="273"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/settings_dialog.py" line="273"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/settings_dialog.py" line="282"/>
        <source>As shipped (%1)</source>
        <translation>默认（%1）</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/settings_dialog.py" line="284"/>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/settings_dialog.py" line="156"/>
        <source>Off (house rules only)</source>
        <translation>关闭（仅使用内置规则）</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/settings_dialog.py" line="157"/>
        <source>Local LanguageTool (offline)</source>
        <translation>本地 LanguageTool（离线）</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/settings_dialog.py" line="158"/>
        <source>Public LanguageTool server (sends text online)</source>
        <translation>公共 LanguageTool 服务器（文本会发送到网上）</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/settings_dialog.py" line="159"/>
        <source>My LanguageTool server (URL)</source>
        <translation>我的 LanguageTool 服务器（URL）</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/settings_dialog.py" line="161"/>
        <source>Language&amp;Tool:</source>
        <translation>LanguageTool(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/settings_dialog.py" line="167"/>
        <source>Server &amp;URL:</source>
        <translation>服务器 URL(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/settings_dialog.py" line="168"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/settings_dialog.py" line="169"/>
        <source>Local installation &amp;folder:</source>
        <translation>本地安装文件夹(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/settings_dialog.py" line="170"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/settings_dialog.py" line="171"/>
        <source>Time&amp;out:</source>
        <translation>超时(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/settings_dialog.py" line="172"/>
        <source>One word per line: brand names, models…</source>
        <translation>每行一个词：品牌名、型号…</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/settings_dialog.py" line="173"/>
        <source>&amp;Words never flagged:</source>
        <translation>视为正确的词(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/settings_dialog.py" line="174"/>
        <source>Personal dictionary: %1</source>
        <translation>个人词典：%1</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/settings_dialog.py" line="272"/>
        <source>Filter rules (words, category, rule id)…</source>
        <translation>筛选规则（关键词、类别、规则 ID）…</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/settings_dialog.py" line="295"/>
        <source>Pick a rule to see why it exists. A rule shipped as an error holds back replies that break Ozon&apos;s policy or the law.</source>
        <translation>选择一条规则即可查看其用途。出厂级别为“错误”的规则会拦截违反 Ozon 规定或法律的回复。</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/settings_dialog.py" line="372"/>
        <source>LanguageTool folder</source>
        <translation>LanguageTool 文件夹</translation>
    </message>
</context>
<context>
    <name>SnippetEditor</name>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/editor.py" line="96"/>
        <source>New snippet</source>
        <translation>新建回复模板</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/editor.py" line="96"/>
        <source>Edit snippet</source>
        <translation>编辑回复模板</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/editor.py" line="100"/>
        <source>This snippet is built in and read-only. Saving stores your edited copy in your own library.</source>
        <translation>此回复模板为内置模板，只读。保存时，修改后的副本会存入您自己的模板库。</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/editor.py" line="102"/>
        <source>This snippet comes from your team&apos;s library and is read-only. Saving stores your edited copy in your own library.</source>
        <translation>此回复模板来自团队模板库，只读。保存时，修改后的副本会存入您自己的模板库。</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/editor.py" line="129"/>
        <source>Situation</source>
        <translation>场景</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/editor.py" line="117"/>
        <source>Title (%1)</source>
        <translation>标题（%1）</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/editor.py" line="134"/>
        <source>Tags (%1, comma-separated)</source>
        <translation>标签（%1，用逗号分隔）</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/editor.py" line="143"/>
        <source>Channels</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/editor.py" line="156"/>
        <source>Russian</source>
        <translation>俄语</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/editor.py" line="156"/>
        <source>English</source>
        <translation>英语</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/editor.py" line="157"/>
        <source>Chinese gloss</source>
        <translation>中文释义</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/editor.py" line="147"/>
        <source>How the library names this snippet (Latin letters, digits, hyphens). Leave it empty: it is made from the title.</source>
        <translation>模板在库中的名称（拉丁字母、数字、连字符）。可以留空：将根据标题自动生成。</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/editor.py" line="150"/>
        <source>Id (optional)</source>
        <translation>标识（可选）</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/editor.py" line="167"/>
        <source>Insert field</source>
        <translation>插入字段</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/editor.py" line="168"/>
        <source>Put a field (the buyer&apos;s name, the order number …) at the cursor: the fill-in form asks for it each time the snippet is used.</source>
        <translation>在光标处插入字段（买家姓名、订单号……）：每次使用该模板时，填写表单都会询问它的值。</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/editor.py" line="178"/>
        <source>Fields such as the buyer&apos;s name go in from “Insert field”; the fill-in form asks for them each time the snippet is used. Before saving, the text is checked with the house rules.</source>
        <translation>买家姓名等字段可通过“插入字段”加入；每次使用模板时，填写表单都会询问这些字段。保存前，文本会经过内置规则检查。</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/editor.py" line="224"/>
        <source>made from the title: %1</source>
        <translation>根据标题生成：%1</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/editor.py" line="236"/>
        <source>Appears in the text as %1</source>
        <translation>在文本中显示为 %1</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/editor.py" line="239"/>
        <source>Where the cursor lands after inserting</source>
        <translation>插入后光标所在位置</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/editor.py" line="304"/>
        <source>Save anyway</source>
        <translation>仍然保存</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/editor.py" line="316"/>
        <source>Not saved: a snippet goes into replies as it is, and this text breaks Ozon&apos;s rules. Change what is marked as an error:</source>
        <translation>未保存：模板会原样用于回复，而此文本违反了 Ozon 的规则。请修改标为错误的内容：</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/editor.py" line="318"/>
        <source>Check the warnings below; “Save anyway” saves the snippet as it is.</source>
        <translation>请查看下方的警告；点击“仍然保存”将按原样保存模板。</translation>
    </message>
</context>
<context>
    <name>SnippetFiles</name>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/editor.py" line="348"/>
        <source>Snippets (%1)</source>
        <translation>回复模板（%1）</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/editor.py" line="351"/>
        <source>Import snippets</source>
        <translation>导入回复模板</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/editor.py" line="358"/>
        <source>Import failed</source>
        <translation>导入失败</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ozon_assistant/ui/snippets/editor.py" line="363"/>
        <source>Imported %n new snippet(s)</source>
        <translation>
            <numerusform>已导入 %n 个新回复模板</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ozon_assistant/ui/snippets/editor.py" line="365"/>
        <source>replaced %n existing snippet(s)</source>
        <translation>
            <numerusform>替换了 %n 个已有回复模板</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/editor.py" line="369"/>
        <source>Export snippets</source>
        <translation>导出回复模板</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/editor.py" line="376"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ozon_assistant/ui/snippets/editor.py" line="381"/>
        <source>Exported %n snippet(s) to %1</source>
        <translation>
            <numerusform>已将 %n 个回复模板导出到 %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/editor.py" line="387"/>
        <source>Read-only snippet</source>
        <translation>只读回复模板</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/editor.py" line="388"/>
        <source>This snippet is built in and cannot be deleted here.</source>
        <translation>此回复模板为内置模板，无法在此删除。</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/editor.py" line="390"/>
        <source>This snippet comes from your team&apos;s library and cannot be deleted here.</source>
        <translation>此回复模板来自团队模板库，无法在此删除。</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/editor.py" line="392"/>
        <source>Delete snippet</source>
        <translation>删除回复模板</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/editor.py" line="393"/>
        <source>Delete “%1” from your library?</source>
        <translation>要从您的模板库中删除“%1”吗？</translation>
    </message>
</context>
<context>
    <name>SnippetForm</name>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/form.py" line="38"/>
        <source>Fill in: %1</source>
        <translation>填写：%1</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/form.py" line="65"/>
        <source>required</source>
        <translation>必填</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/form.py" line="67"/>
        <source>empty: “%1”</source>
        <translation>留空则为“%1”</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/form.py" line="69"/>
        <source>optional</source>
        <translation>选填</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/form.py" line="73"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/form.py" line="80"/>
        <source>Insert</source>
        <translation>插入</translation>
    </message>
</context>
<context>
    <name>SnippetSidebar</name>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/sidebar.py" line="164"/>
        <source>Snippets</source>
        <extracomment>What the evidence row of a proposed situation holds (not a snippet: never selected) How many of a situation&apos;s evidence words its row shows (all of them in its tooltip)</extracomment>
        <translation>回复模板</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/sidebar.py" line="165"/>
        <source>Search snippets (ru / en / 中文)…</source>
        <translation>搜索模板（俄语 / 英语 / 中文）…</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/sidebar.py" line="166"/>
        <source>Buyer wrote… (paste the message to get proposals)</source>
        <translation>买家留言…（粘贴买家消息，获取推荐模板）</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/sidebar.py" line="172"/>
        <location filename="../../ozon_assistant/ui/snippets/sidebar.py" line="487"/>
        <source>Insert</source>
        <translation>插入</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/sidebar.py" line="173"/>
        <source>Favourite: shown first</source>
        <translation>收藏：优先显示</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/sidebar.py" line="174"/>
        <location filename="../../ozon_assistant/ui/snippets/sidebar.py" line="488"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/sidebar.py" line="200"/>
        <source>Bundled library</source>
        <comment>where a snippet comes from</comment>
        <translation>内置模板库</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/sidebar.py" line="201"/>
        <source>Team library</source>
        <comment>where a snippet comes from</comment>
        <translation>团队模板库</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/sidebar.py" line="202"/>
        <source>My library</source>
        <comment>where a snippet comes from</comment>
        <translation>我的模板库</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/sidebar.py" line="227"/>
        <source>Proposed for the buyer&apos;s message</source>
        <translation>根据买家消息推荐</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/sidebar.py" line="351"/>
        <source>★ Favourites</source>
        <translation>★ 收藏</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/sidebar.py" line="356"/>
        <source>Recent</source>
        <translation>最近使用</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/sidebar.py" line="426"/>
        <source>Pick a snippet to see it here. Enter or double-click inserts it.</source>
        <translation>选择一个模板即可在此预览。按 Enter 或双击即可插入。</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/sidebar.py" line="448"/>
        <source>To fill in</source>
        <translation>待填写</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/sidebar.py" line="490"/>
        <source>Copy to my library</source>
        <translation>复制到我的模板库</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/sidebar.py" line="492"/>
        <source>Duplicate</source>
        <translation>创建副本</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/sidebar.py" line="494"/>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/sidebar.py" line="495"/>
        <source>Favourite on/off</source>
        <translation>收藏/取消收藏</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/sidebar.py" line="167"/>
        <source>&amp;Rating:</source>
        <translation>评分(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/sidebar.py" line="168"/>
        <source>No rating</source>
        <translation>无评分</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/sidebar.py" line="169"/>
        <source>The review&apos;s stars, when the buyer gave some: a 1-star review is never offered thanks for praise first, a 5-star one never an apology first</source>
        <translation>买家给出的评价星级：1 星评价不会首先推荐感谢好评的回复，5 星评价不会首先推荐道歉</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/sidebar.py" line="230"/>
        <source>No situation fits this message: the general answers</source>
        <translation>没有匹配的情形：通用回复</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/sidebar.py" line="239"/>
        <location filename="../../ozon_assistant/ui/snippets/sidebar.py" line="242"/>
        <source>Because of</source>
        <translation>依据</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/sidebar.py" line="305"/>
        <source>a review</source>
        <translation>评价</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/sidebar.py" line="305"/>
        <source>a question about the product</source>
        <translation>关于商品的问题</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/sidebar.py" line="306"/>
        <source>a request about an order</source>
        <translation>关于订单的请求</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/sidebar.py" line="307"/>
        <source>a claim (defect, damage, wrong or missing item)</source>
        <translation>索赔（质量问题、损坏、错发或漏发）</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/sidebar.py" line="308"/>
        <source>a return or refund request</source>
        <translation>退货或退款请求</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/sidebar.py" line="312"/>
        <source>praise</source>
        <translation>好评</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/sidebar.py" line="312"/>
        <source>a complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/sidebar.py" line="313"/>
        <source>mixed</source>
        <translation>褒贬不一</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/sidebar.py" line="313"/>
        <source>neutral</source>
        <translation>中性</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/sidebar.py" line="321"/>
        <source>Reads as</source>
        <translation>识别为</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/sidebar.py" line="323"/>
        <source>None of the situations fits this message; the general answers are proposed instead.</source>
        <translation>没有任何情形与此消息相符，因此推荐通用回复。</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/sidebar.py" line="330"/>
        <source>a question&apos;s form</source>
        <translation>疑问句式</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/sidebar.py" line="331"/>
        <source>a question word</source>
        <translation>疑问词</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/sidebar.py" line="332"/>
        <source>a happy emoji</source>
        <translation>开心的表情</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/sidebar.py" line="332"/>
        <source>an angry emoji</source>
        <translation>生气的表情</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/sidebar.py" line="333"/>
        <source>capital letters</source>
        <translation>全大写字母</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/sidebar.py" line="333"/>
        <source>a question mark</source>
        <translation>问号</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/sidebar.py" line="334"/>
        <source>smileys «)))»</source>
        <translation>笑脸「)))」</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/sidebar.py" line="334"/>
        <source>sad «(((»</source>
        <translation>难过「(((」</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/sidebar.py" line="335"/>
        <source>exclamation marks</source>
        <translation>感叹号</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ozon_assistant/ui/snippets/sidebar.py" line="258"/>
        <source>Search results for “%1” (%n)</source>
        <translation>
            <numerusform>“%1”的搜索结果（%n）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/sidebar.py" line="264"/>
        <source>No snippet matches. Try another word or language.</source>
        <translation>没有匹配的模板。请换一个词或语言再试。</translation>
    </message>
</context>
<context>
    <name>SnippetsExtension</name>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/extension.py" line="90"/>
        <source>Find snippet…</source>
        <translation>查找模板…</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/extension.py" line="90"/>
        <source>New snippet…</source>
        <translation>新建模板…</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/extension.py" line="90"/>
        <source>Import snippets…</source>
        <translation>导入模板…</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/extension.py" line="91"/>
        <source>Export snippets…</source>
        <translation>导出模板…</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/extension.py" line="91"/>
        <source>Open my snippet folder</source>
        <translation>打开我的模板文件夹</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/extension.py" line="92"/>
        <source>Library problems…</source>
        <translation>模板库问题…</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/extension.py" line="92"/>
        <source>Reload libraries</source>
        <translation>重新加载模板库</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ozon_assistant/ui/snippets/extension.py" line="105"/>
        <source>Snippets: %n broken library entries skipped (Snippets → Library problems)</source>
        <translation>
            <numerusform>回复模板：已跳过 %n 个损坏的模板库条目（回复模板 → 模板库问题）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/extension.py" line="159"/>
        <source>Fill in before sending: %1</source>
        <translation>发送前请填写：%1</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/extension.py" line="175"/>
        <source>Saved “%1” in your library</source>
        <translation>已将“%1”保存到您的模板库</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/extension.py" line="182"/>
        <source>Copied to your library: %1</source>
        <translation>已复制到您的模板库：%1</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/extension.py" line="190"/>
        <source>Deleted %1</source>
        <translation>已删除 %1</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/extension.py" line="192"/>
        <source>Snippets</source>
        <translation>回复模板</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/extension.py" line="213"/>
        <source>Every library file loaded cleanly.</source>
        <translation>所有模板库文件均已正常加载。</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/extension.py" line="214"/>
        <source>Snippet library problems</source>
        <translation>模板库问题</translation>
    </message>
</context>
<context>
    <name>StandardView</name>
    <message>
        <location filename="../../ozon_assistant/ui/window/standard_view.py" line="37"/>
        <source>switched off in your settings</source>
        <translation>已在设置中关闭</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/standard_view.py" line="42"/>
        <source>Not like this:</source>
        <translation>不要这样写：</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/standard_view.py" line="43"/>
        <source>Like this:</source>
        <translation>应该这样写：</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/standard_view.py" line="124"/>
        <source>Ozon&apos;s communication standard</source>
        <translation>Ozon 沟通标准</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/standard_view.py" line="125"/>
        <source>Filter rules (words, category, rule id)…</source>
        <translation>筛选规则（关键词、类别、规则 ID）…</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/standard_view.py" line="133"/>
        <source>Ozon asks sellers for a business style, positive emotions, answers that agree with the contract and the law, and no shouting. Its policy also forbids contacts, links and pressure. Each rule below says why.</source>
        <translation>Ozon 要求卖家使用商务风格、传递积极情绪、回答与合同和法律一致，并且不要喊叫。Ozon 沟通政策还禁止留联系方式、发链接和施加压力。下面每条规则都说明了原因。</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/standard_view.py" line="136"/>
        <source>The standard, rule by rule</source>
        <translation>Ozon 沟通标准：逐条规则</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/standard_view.py" line="145"/>
        <source>No rule matches the filter.</source>
        <translation>没有符合筛选条件的规则。</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../ozon_assistant/ui/window/app.py" line="102"/>
        <source>Settings file is broken</source>
        <translation>设置文件已损坏</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/app.py" line="103"/>
        <source>%1

The app opens with default settings and will not change this file. Fix the line named above (or delete the file) and restart.</source>
        <translation>%1

应用将以默认设置打开，并且不会修改此文件。请修正上面指出的那一行（或删除该文件），然后重新启动。</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/app.py" line="108"/>
        <source>Cannot open the file</source>
        <translation>无法打开文件</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/app.py" line="109"/>
        <source>%1

The file was not changed. An empty reply is open instead.</source>
        <translation>%1

文件未被修改。已改为打开一个空白回复。</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/app.py" line="143"/>
        <source>Windows-1251 (Cyrillic)</source>
        <translation>Windows-1251（西里尔文）</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/app.py" line="144"/>
        <source>GB18030 (Chinese Windows)</source>
        <translation>GB18030（中文 Windows）</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/app.py" line="147"/>
        <source>Read as %1, it begins: «%2»</source>
        <translation>按 %1 读取，开头为：“%2”</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/app.py" line="149"/>
        <source>Open as %1</source>
        <translation>按 %1 打开</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/app.py" line="115"/>
        <source>Drafts are not saved</source>
        <translation>草稿未保存</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/app.py" line="116"/>
        <source>%1

The app works as usual, but what you type is not saved as a draft until the app is started again: copy or send your reply before closing it.</source>
        <translation>%1

应用照常工作，但在下次启动前，您输入的内容不会保存为草稿：请在关闭前复制或发送您的回复。</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/app.py" line="121"/>
        <source>The drafts file was damaged</source>
        <translation>草稿文件已损坏</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/app.py" line="122"/>
        <source>%1 could not be read: it was renamed to %2 and kept for recovery (nothing in it was deleted). New drafts are saved in a new file.</source>
        <translation>无法读取 %1：它已重命名为 %2 并保留以便恢复（其中内容均未删除）。新的草稿将保存在新文件中。</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../ozon_assistant/ui/window/parts.py" line="220"/>
        <source>LanguageTool: off</source>
        <translation>LanguageTool：已关闭</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/parts.py" line="222"/>
        <source>LanguageTool: starting…</source>
        <translation>LanguageTool：正在启动…</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/parts.py" line="223"/>
        <source>LanguageTool: connecting…</source>
        <translation>LanguageTool：正在连接…</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/parts.py" line="234"/>
        <source>LanguageTool: ready (on this computer)</source>
        <translation>LanguageTool：就绪（本机）</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/parts.py" line="235"/>
        <source>LanguageTool: ready (public server)</source>
        <translation>LanguageTool：就绪（公共服务器）</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/parts.py" line="226"/>
        <source>LanguageTool: paused, the public server takes 20 checks a minute (next in %1 s)</source>
        <translation>LanguageTool：已暂停，公共服务器每分钟只接受 20 次检查（%1 秒后继续）</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/parts.py" line="236"/>
        <source>LanguageTool: ready (%1)</source>
        <translation>LanguageTool：就绪（%1）</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/parts.py" line="243"/>
        <source>LanguageTool: unavailable</source>
        <translation>LanguageTool：不可用</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/parts.py" line="246"/>
        <source>Spelling: loading…</source>
        <translation>拼写检查：正在加载词典…</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/parts.py" line="249"/>
        <source>Spelling: ready (%1)</source>
        <translation>拼写检查：就绪（%1）</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/parts.py" line="251"/>
        <source>Spelling: off</source>
        <translation>拼写检查：已关闭</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/parts.py" line="252"/>
        <source>Spelling: unavailable</source>
        <translation>拼写检查：词典不可用</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/parts.py" line="260"/>
        <source>no installation found: choose its folder in Settings → Checking</source>
        <translation>未找到安装：请在“设置 → 检查”中选择其文件夹</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/parts.py" line="298"/>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/parts.py" line="298"/>
        <source>Checked</source>
        <translation>已检查</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/parts.py" line="311"/>
        <source>House rules only (LanguageTool off)</source>
        <translation>仅内置规则（LanguageTool 已关闭）</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/parts.py" line="232"/>
        <source>LanguageTool: ready (on this computer, %1 MB)</source>
        <translation>LanguageTool：就绪（本机，%1 MB）</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/parts.py" line="239"/>
        <source>LanguageTool: stopped</source>
        <translation>LanguageTool：已停止</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/parts.py" line="241"/>
        <source>LanguageTool: failed — %1</source>
        <translation>LanguageTool：启动失败 — %1</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/parts.py" line="262"/>
        <source>Java not found: install Java 17 or newer</source>
        <translation>未找到 Java：请安装 Java 17 或更高版本</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/parts.py" line="263"/>
        <source>it needs Java 17 or newer</source>
        <translation>需要 Java 17 或更高版本</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/parts.py" line="264"/>
        <source>it did not start in time</source>
        <translation>未能及时启动</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/parts.py" line="265"/>
        <source>it ran out of memory</source>
        <translation>内存不足</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/parts.py" line="266"/>
        <source>it stopped unexpectedly</source>
        <translation>意外停止</translation>
    </message>
</context>
<context>
    <name>WindowMessages</name>
    <message numerus="yes">
        <location filename="../../ozon_assistant/ui/window/actions.py" line="39"/>
        <source>Applied %n fix(es). Ctrl+Z undoes them.</source>
        <translation>
            <numerusform>已应用 %n 处修正。按 Ctrl+Z 可撤销。</numerusform>
        </translation>
    </message>
</context>
</TS>
