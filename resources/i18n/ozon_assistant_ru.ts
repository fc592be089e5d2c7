<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ozon_assistant/ui/window/about.py" line="73"/>
        <source>Settings (config.toml), your dictionary and e-mail accounts</source>
        <translation>Настройки (config.toml), ваш словарь и учётные записи почты</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/about.py" line="75"/>
        <source>Drafts, history, the Outbox and your own snippets</source>
        <translation>Черновики, история, исходящие и ваши шаблоны</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/about.py" line="77"/>
        <source>Cache (compiled rules; safe to delete)</source>
        <translation>Кэш (скомпилированные правила; можно удалить)</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/about.py" line="106"/>
        <source>About Ozon Compose Assistant</source>
        <translation>О программе Ozon Compose Assistant</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/about.py" line="107"/>
        <source>Ozon Compose Assistant</source>
        <translation>Ozon Compose Assistant</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/about.py" line="108"/>
        <source>Version %1</source>
        <translation>Версия %1</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/about.py" line="109"/>
        <source>Checks replies to Ozon buyers against Ozon&apos;s communication standard on this computer: buyer messages leave it only when you send them.</source>
        <translation>Проверяет ответы покупателям Ozon по стандарту общения Ozon прямо на этом компьютере: сообщения покупателей покидают его, только когда вы их отправляете.</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/about.py" line="111"/>
        <source>Where your data lives</source>
        <translation>Где хранятся ваши данные</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/about.py" line="112"/>
        <source>Passwords are kept only in the system keyring, never in these folders.</source>
        <translation>Пароли хранятся только в системном хранилище паролей, никогда — в этих папках.</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/about.py" line="113"/>
        <source>Licences</source>
        <translation>Лицензии</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/about.py" line="114"/>
        <source>The app: %1. Built with:</source>
        <translation>Приложение: %1. Использует:</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/about.py" line="116"/>
        <source>see the package</source>
        <translation>см. пакет</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../../ozon_assistant/ui/mail/account_dialog.py" line="49"/>
        <source>E-mail accounts</source>
        <translation>Учётные записи почты</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/account_dialog.py" line="161"/>
        <source>STARTTLS (port 587)</source>
        <translation>STARTTLS (порт 587)</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/account_dialog.py" line="161"/>
        <source>SSL/TLS (port 465)</source>
        <translation>SSL/TLS (порт 465)</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/account_dialog.py" line="162"/>
        <source>None — local relay on this computer only</source>
        <translation>Нет — только локальный сервер на этом компьютере</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/account_dialog.py" line="74"/>
        <source>e.g. your shop&apos;s name</source>
        <translation>например, название магазина</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/account_dialog.py" line="77"/>
        <source>only if your company has its own certificate authority</source>
        <translation>только для корпоративного ЦС</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/account_dialog.py" line="79"/>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/account_dialog.py" line="86"/>
        <source>e.g. imap.example.com; empty: no inbox</source>
        <translation>например, imap.example.com; пусто — без входящей почты</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/account_dialog.py" line="99"/>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/account_dialog.py" line="102"/>
        <source>Account:</source>
        <translation>Учётная запись:</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/account_dialog.py" line="103"/>
        <source>Name:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/account_dialog.py" line="104"/>
        <source>SMTP server:</source>
        <translation>SMTP-сервер:</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/account_dialog.py" line="105"/>
        <source>Security:</source>
        <translation>Шифрование:</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/account_dialog.py" line="106"/>
        <source>Port:</source>
        <translation>Порт:</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/account_dialog.py" line="107"/>
        <source>User name:</source>
        <translation>Имя пользователя:</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/account_dialog.py" line="108"/>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/account_dialog.py" line="109"/>
        <source>Sender address:</source>
        <translation>Адрес отправителя:</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/account_dialog.py" line="110"/>
        <source>Sender name:</source>
        <translation>Имя отправителя:</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/account_dialog.py" line="111"/>
        <source>CA file:</source>
        <translation>Сертификат ЦС:</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/account_dialog.py" line="112"/>
        <source>Timeout:</source>
        <translation>Тайм-аут:</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/account_dialog.py" line="113"/>
        <source>Incoming mail server (IMAP):</source>
        <translation>Сервер входящей почты (IMAP):</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/account_dialog.py" line="114"/>
        <source>Incoming security:</source>
        <translation>Защита входящей почты:</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/account_dialog.py" line="115"/>
        <source>Incoming port:</source>
        <translation>Порт входящей почты:</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/account_dialog.py" line="166"/>
        <source>SSL/TLS (port 993)</source>
        <translation>SSL/TLS (порт 993)</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/account_dialog.py" line="166"/>
        <source>STARTTLS (port 143)</source>
        <translation>STARTTLS (порт 143)</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/account_dialog.py" line="167"/>
        <source>None — a server on this computer only</source>
        <translation>Нет — только сервер на этом компьютере</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/account_dialog.py" line="171"/>
        <source>&amp;Test connection</source>
        <translation>&amp;Проверить подключение</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/account_dialog.py" line="125"/>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/account_dialog.py" line="128"/>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/account_dialog.py" line="132"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/account_dialog.py" line="154"/>
        <location filename="../../ozon_assistant/ui/mail/account_dialog.py" line="185"/>
        <source>New account…</source>
        <translation>Новая учётная запись…</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/account_dialog.py" line="155"/>
        <source>stored in the system keyring; type to change</source>
        <translation>сохранён в системном хранилище; введите новый, чтобы сменить</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/account_dialog.py" line="157"/>
        <source>kept only in the system keyring</source>
        <translation>хранится только в системном хранилище паролей</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/account_dialog.py" line="245"/>
        <source>Without encryption: allowed only to 127.0.0.1/localhost (a relay on this computer).</source>
        <translation>Без шифрования можно подключаться только к 127.0.0.1/localhost (сервер на этом компьютере).</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/account_dialog.py" line="248"/>
        <source>Incoming mail without encryption: allowed only to 127.0.0.1/localhost (a server on this computer).</source>
        <translation>Входящая почта без шифрования: разрешено только для 127.0.0.1/localhost (сервер на этом компьютере).</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/account_dialog.py" line="254"/>
        <source>CA certificate (PEM)</source>
        <translation>Сертификат ЦС (PEM)</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/account_dialog.py" line="255"/>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>Сертификаты (*.pem *.crt);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/account_dialog.py" line="283"/>
        <source>Type the password: it is kept only in the system keyring.</source>
        <translation>Введите пароль: он хранится только в системном хранилище паролей.</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/account_dialog.py" line="293"/>
        <source>Saved. The password is in the system keyring, not in any file.</source>
        <translation>Сохранено. Пароль хранится в системном хранилище паролей, а не в файле.</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/account_dialog.py" line="300"/>
        <source>Remove account</source>
        <translation>Удалить учётную запись</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/account_dialog.py" line="301"/>
        <source>Remove the account %1 and its password?</source>
        <translation>Удалить учётную запись %1 и её пароль?</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/account_dialog.py" line="311"/>
        <source>Account removed.</source>
        <translation>Учётная запись удалена.</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/account_dialog.py" line="171"/>
        <source>Stop test</source>
        <translation>Остановить проверку</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/account_dialog.py" line="341"/>
        <source>SSL/TLS, certificate verified</source>
        <translation>SSL/TLS, сертификат проверен</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/account_dialog.py" line="342"/>
        <source>STARTTLS, certificate verified</source>
        <translation>STARTTLS, сертификат проверен</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/account_dialog.py" line="343"/>
        <source>no encryption (a relay on this computer)</source>
        <translation>без шифрования (ретранслятор на этом компьютере)</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/account_dialog.py" line="346"/>
        <source>connected to %1 (%2), signed in as %3.</source>
        <translation>подключено к %1 (%2), вход выполнен как %3.</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/account_dialog.py" line="348"/>
        <source>connected to %1 (%2).</source>
        <translation>подключено к %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/account_dialog.py" line="350"/>
        <source>Incoming mail: %1 signed in, INBOX opened.</source>
        <translation>Входящая почта: %1 — вход выполнен, папка «Входящие» открыта.</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/account_dialog.py" line="358"/>
        <source>Works: %1</source>
        <translation>Работает: %1</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/account_dialog.py" line="358"/>
        <source>Failed: %1</source>
        <translation>Ошибка: %1</translation>
    </message>
</context>
<context>
    <name>ComposeEditor</name>
    <message>
        <location filename="../../ozon_assistant/ui/compose/editor.py" line="83"/>
        <source>Fix:</source>
        <translation>Исправление:</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/compose/editor.py" line="150"/>
        <source>Write your reply to the buyer here. Problems are underlined as you type; hover for why, right-click for fixes. Ctrl+Enter approves and copies.</source>
        <translation>Напишите здесь ответ покупателю. Проблемные места подчёркиваются прямо при наборе: наведите курсор, чтобы узнать причину, щёлкните правой кнопкой, чтобы исправить. Ctrl+Enter — одобрить и скопировать.</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/compose/editor.py" line="243"/>
        <source>Why? (the standard)</source>
        <translation>Почему? (Стандарт)</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/compose/editor.py" line="245"/>
        <source>Ignore here</source>
        <translation>Пропустить здесь</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/compose/editor.py" line="248"/>
        <source>Errors can only be overridden when copying.</source>
        <translation>Ошибку можно оставить только при копировании с замечаниями.</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/compose/editor.py" line="250"/>
        <source>Disable this rule</source>
        <translation>Отключить это правило</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/compose/editor.py" line="253"/>
        <source>Add “%1” to dictionary</source>
        <translation>Добавить «%1» в словарь</translation>
    </message>
</context>
<context>
    <name>ComposeTab</name>
    <message>
        <location filename="../../ozon_assistant/ui/compose/tab.py" line="103"/>
        <source>A very long paragraph: only its first 5,000 characters are checked.</source>
        <translation>Очень длинный абзац: проверяются только первые 5000 символов.</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/compose/tab.py" line="157"/>
        <source>New reply</source>
        <translation>Новый ответ</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="26"/>
        <source>{path}: this is not UTF-8 text (byte {byte} at position {offset}). Save the file as UTF-8 and open it again.</source>
        <translation>{path}: это не текст в кодировке UTF-8 (байт {byte} в позиции {offset}). Сохраните файл в UTF-8 и откройте снова.</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="29"/>
        <source>{path}: this is a folder, not a file.</source>
        <translation>{path}: это папка, а не файл.</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="30"/>
        <source>{path}: the file is larger than {mb} MB.</source>
        <translation>{path}: файл больше {mb} МБ.</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="31"/>
        <source>{path}: there is no such file.</source>
        <translation>{path}: такого файла нет.</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="32"/>
        <source>{path}: you have no permission to read it.</source>
        <translation>{path}: нет прав на чтение этого файла.</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="33"/>
        <source>{path}: the file cannot be read ({reason}).</source>
        <translation>{path}: файл не читается ({reason}).</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="35"/>
        <source>this is not valid TOML ({reason}).</source>
        <translation>это не правильный TOML ({reason}).</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="36"/>
        <source>this is not UTF-8 text.</source>
        <translation>это не текст в кодировке UTF-8.</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="37"/>
        <source>the file cannot be read ({reason}).</source>
        <translation>файл не читается ({reason}).</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="38"/>
        <source>setting “{key}” must be a table.</source>
        <translation>параметр «{key}» должен быть таблицей.</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="39"/>
        <source>setting “{key}” must be a list of words.</source>
        <translation>параметр «{key}» должен быть списком слов.</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="40"/>
        <source>setting “{key}” must be true or false.</source>
        <translation>параметр «{key}» должен быть true или false.</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="41"/>
        <source>setting “{key}” must be a whole number.</source>
        <translation>параметр «{key}» должен быть целым числом.</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="42"/>
        <source>setting “{key}” must be a number.</source>
        <translation>параметр «{key}» должен быть числом.</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="43"/>
        <source>setting “{key}” must be text in quotes.</source>
        <translation>параметр «{key}» должен быть текстом в кавычках.</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="44"/>
        <source>setting “{key}” must be a list.</source>
        <translation>параметр «{key}» должен быть списком.</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="45"/>
        <source>setting “{key}” must be between 7 and 365 days: the law gives buyers at least 7 days to return goods.</source>
        <translation>параметр «{key}» должен быть от 7 до 365 дней: по закону у покупателя не меньше 7 дней на возврат товара.</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="48"/>
        <source>setting “{key}” must be one of: {choices}.</source>
        <translation>параметр «{key}» должен быть одним из: {choices}.</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="49"/>
        <source>setting “{key}” must be a list of folders, each in quotes.</source>
        <translation>параметр «{key}» должен быть списком папок, каждая в кавычках.</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="51"/>
        <source>setting “{key}” must be between 0.5 and 60 seconds.</source>
        <translation>параметр «{key}» должен быть от 0,5 до 60 секунд.</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="53"/>
        <source>the file cannot be written ({reason}); nothing in it was changed.</source>
        <translation>файл нельзя записать ({reason}); в нём ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="55"/>
        <source>the database cannot be opened ({reason}).</source>
        <translation>базу данных не удаётся открыть ({reason}).</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="56"/>
        <source>the database was written by a newer version of the app (schema {version}). Update the app to use it.</source>
        <translation>база данных записана более новой версией приложения (схема {version}). Обновите приложение, чтобы работать с ней.</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="70"/>
        <source>Cancelled before the server received the message.</source>
        <translation>Отменено до того, как сервер получил письмо.</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="72"/>
        <source>{where} refused the user name or password ({answer}). Check them in E-mail accounts; many mail services need an app password here.</source>
        <translation>{where} не принял имя пользователя или пароль ({answer}). Проверьте их в «Учётных записях почты»; многим почтовым сервисам здесь нужен пароль приложения.</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="75"/>
        <source>{where}: the server answered {answer}.</source>
        <translation>{where}: сервер ответил {answer}.</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="76"/>
        <source>{where} asked to try again later (the server answered {answer}).</source>
        <translation>{where} просит повторить попытку позже (ответ сервера: {answer}).</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="78"/>
        <source>{where} refused the sender {address} (the server answered {answer}).</source>
        <translation>{where} не принял отправителя {address} (ответ сервера: {answer}).</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="80"/>
        <source>{where} refused the recipient {address} (the server answered {answer}). Check the address.</source>
        <translation>{where} не принял получателя {address} (ответ сервера: {answer}). Проверьте адрес.</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="83"/>
        <source>{where} did not accept the message (the server answered {answer}).</source>
        <translation>{where} не принял письмо (ответ сервера: {answer}).</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="85"/>
        <source>{where}: the server&apos;s certificate is for another host ({reason}). Nothing was sent.</source>
        <translation>{where}: сертификат сервера выдан для другого адреса ({reason}). Ничего не отправлено.</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="88"/>
        <source>{where}: the server&apos;s certificate is not trusted ({reason}). Nothing was sent. If your company has its own certificate authority, choose its file (PEM) as the CA file in E-mail accounts.</source>
        <translation>{where}: сертификату сервера нет доверия ({reason}). Ничего не отправлено. Если у вашей компании свой центр сертификации, выберите его файл (PEM) как сертификат ЦС в «Учётных записях почты».</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="92"/>
        <source>{where}: the secure connection failed ({reason}). Nothing was sent.</source>
        <translation>{where}: не удалось установить защищённое соединение ({reason}). Ничего не отправлено.</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="95"/>
        <source>{where}: no answer after the message was sent. It may have been delivered, so it is not sent again by itself: check the buyer&apos;s thread before sending it again.</source>
        <translation>{where}: после отправки письма сервер не ответил. Письмо могло дойти, поэтому само оно повторно не отправляется: проверьте переписку с покупателем, прежде чем отправлять снова.</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="99"/>
        <source>{where}: no answer within {seconds} s.</source>
        <translation>{where}: нет ответа за {seconds} с.</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="101"/>
        <source>{where}: the connection was refused (the server is down, or the port is wrong).</source>
        <translation>{where}: в соединении отказано (сервер не работает или указан не тот порт).</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="104"/>
        <source>{where}: the server {host} cannot be found (no Internet, or a typo in its name).</source>
        <translation>{where}: сервер {host} не найден (нет интернета или опечатка в имени).</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="107"/>
        <source>{where}: the server closed the connection.</source>
        <translation>{where}: сервер закрыл соединение.</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="109"/>
        <source>{where}: the connection was broken.</source>
        <translation>{where}: соединение прервалось.</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="111"/>
        <source>{where}: {reason}.</source>
        <translation>{where}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="113"/>
        <source>{where} does not offer a secure connection (STARTTLS) on this port. Check the port, or choose SSL as the security.</source>
        <translation>{where} не предлагает защищённое соединение (STARTTLS) на этом порту. Проверьте порт или выберите шифрование SSL.</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="116"/>
        <source>No password for the account “{account}” in the system keyring. Enter it again in E-mail accounts.</source>
        <translation>В системном хранилище паролей нет пароля для учётной записи «{account}». Введите его снова в «Учётных записях почты».</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="119"/>
        <source>The CA file {path} cannot be used ({reason}).</source>
        <translation>Сертификат ЦС {path} не удаётся использовать ({reason}).</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="120"/>
        <source>The app stopped before the message was handed to the server; it will be sent again.</source>
        <translation>Приложение закрылось до того, как письмо было передано серверу; оно будет отправлено снова.</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="123"/>
        <source>The app stopped after handing the message to the server, before the server confirmed it: it may have been sent.</source>
        <translation>Приложение закрылось после передачи письма серверу, но до его подтверждения: письмо могло уйти.</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="127"/>
        <source>{field}: line breaks and control characters are not allowed (they could add hidden headers to the e-mail).</source>
        <translation>{field}: переносы строк и управляющие символы недопустимы (через них в письмо можно добавить скрытые заголовки).</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="130"/>
        <source>{field}: too long ({length} characters, at most {limit}).</source>
        <translation>{field}: слишком длинно ({length} символов, не больше {limit}).</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="132"/>
        <source>{field}: “{value}” is not a valid e-mail address.</source>
        <translation>{field}: «{value}» — неправильный адрес электронной почты.</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="134"/>
        <source>{field}: “{value}”: only Latin letters, digits and . _ - + are supported before the @.</source>
        <translation>{field}: «{value}»: до @ допускаются только латинские буквы, цифры и . _ - +.</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="137"/>
        <source>{field}: a name cannot contain &lt; or &gt;.</source>
        <translation>{field}: имя не может содержать &lt; или &gt;.</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="138"/>
        <source>{field}: “{value}”: use Latin letters, digits, - and _ only.</source>
        <translation>{field}: «{value}»: используйте только латинские буквы, цифры, - и _.</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="140"/>
        <source>{field}: “{value}” is not a server name.</source>
        <translation>{field}: «{value}» — не имя сервера.</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="141"/>
        <source>{field}: {value} is not a port (1–65535).</source>
        <translation>{field}: {value} — не номер порта (1–65535).</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="142"/>
        <source>{field}: no encryption is allowed only for a relay on this computer (127.0.0.1 or localhost). Choose STARTTLS or SSL for a real server.</source>
        <translation>{field}: без шифрования можно работать только с почтовым ретранслятором на этом компьютере (127.0.0.1 или localhost). Для настоящего сервера выберите STARTTLS или SSL.</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="145"/>
        <source>{where}: the account connects without encryption, which is allowed only to a server on this computer (127.0.0.1 or localhost), and {host} is not one. Nothing was sent. Choose STARTTLS or SSL in E-mail accounts.</source>
        <translation>{where}: учётная запись подключается без шифрования, а это допустимо только для сервера на этом компьютере (127.0.0.1 или localhost); {host} — не такой сервер. Ничего не отправлено. Выберите STARTTLS или SSL в «Учётных записях почты».</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="149"/>
        <source>{field}: give the bare address; the name goes in the sender name.</source>
        <translation>{field}: укажите только адрес; имя впишите в поле «Имя отправителя».</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="151"/>
        <source>{field}: must be between 1 and 600 seconds.</source>
        <translation>{field}: должен быть от 1 до 600 секунд.</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="152"/>
        <source>{field}: give at least one recipient address.</source>
        <translation>{field}: укажите хотя бы один адрес получателя.</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="154"/>
        <source>{field}: the subject is empty.</source>
        <translation>{field}: тема не заполнена.</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="166"/>
        <source>{field}: give the incoming mail server too, or leave its port and security empty.</source>
        <translation>{field}: укажите и сервер входящей почты или оставьте его порт и защиту пустыми.</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="169"/>
        <source>The account “{account}” has no incoming mail (IMAP) server, so its inbox cannot be read.</source>
        <translation>У учётной записи «{account}» нет сервера входящей почты (IMAP), поэтому её входящие прочитать нельзя.</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="172"/>
        <source>The mail server did not let the app open the INBOX folder.</source>
        <translation>Почтовый сервер не дал приложению открыть папку «Входящие» (INBOX).</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="174"/>
        <source>There is no message {id} in the inbox any more.</source>
        <translation>Письма {id} во входящих больше нет.</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="176"/>
        <source>Message {id} in the inbox has no sender address to reply to.</source>
        <translation>У письма {id} во входящих нет адреса отправителя, на который можно ответить.</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="178"/>
        <source>Message {id} in the inbox already has a reply (message {outbox} in the Outbox).</source>
        <translation>На письмо {id} во входящих уже есть ответ (сообщение {outbox} в исходящих).</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="181"/>
        <source>Message {id} in the inbox is not answered yet: thank the buyer once their issue is resolved.</source>
        <translation>На письмо {id} во входящих ещё нет ответа: благодарите покупателя, когда его вопрос решён.</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="184"/>
        <source>The buyer of message {id} in the inbox has a thank-you letter already: one per message.</source>
        <translation>Покупателю письма {id} во входящих благодарственное письмо уже отправлено: одно на письмо.</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="187"/>
        <source>The thank-you letter still has fields to fill in: {fields}.</source>
        <translation>В благодарственном письме остались незаполненные поля: {fields}.</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="189"/>
        <source>“{value}” is not a date: write it as YYYY-MM-DD, for example 2025-05-01.</source>
        <translation>«{value}» — не дата: укажите её в виде ГГГГ-ММ-ДД, например 2025-05-01.</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="192"/>
        <source>There is no message {id} in the Outbox any more (it was deleted).</source>
        <translation>Сообщения {id} больше нет в «Исходящих» (его удалили).</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="194"/>
        <source>Message {id} was changed while it was being sent (is the app open twice?).</source>
        <translation>Сообщение {id} изменилось во время отправки (приложение открыто дважды?).</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="196"/>
        <source>Message {id} may already have been delivered (the app stopped or the connection broke after the server got it). Check your Sent folder or ask the buyer before sending it again.</source>
        <translation>Сообщение {id}, возможно, уже доставлено (приложение остановилось или связь прервалась после того, как сервер его получил). Проверьте папку «Отправленные» или спросите покупателя, прежде чем отправлять снова.</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="200"/>
        <source>Message {id} is being sent right now; try again in a moment.</source>
        <translation>Сообщение {id} отправляется прямо сейчас; попробуйте чуть позже.</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="202"/>
        <source>Message {id} has been sent already: there is nothing to retry.</source>
        <translation>Сообщение {id} уже отправлено: повторять нечего.</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="205"/>
        <source>{path}: the personal dictionary is not UTF-8 text. Save it as UTF-8.</source>
        <translation>{path}: личный словарь записан не в кодировке UTF-8. Сохраните его в UTF-8.</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="207"/>
        <source>{path}: the personal dictionary cannot be read ({reason}).</source>
        <translation>{path}: не удаётся прочитать личный словарь ({reason}).</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="209"/>
        <source>{path}: the personal dictionary cannot be written ({reason}).</source>
        <translation>{path}: не удаётся записать личный словарь ({reason}).</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="211"/>
        <source>The word is empty.</source>
        <translation>Слово пустое.</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="212"/>
        <source>One word at a time, without spaces: “{word}”.</source>
        <translation>По одному слову, без пробелов: «{word}».</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="214"/>
        <source>A word is at most {limit} characters long.</source>
        <translation>Слово может быть не длиннее {limit} символов.</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="215"/>
        <source>“{word}” is not a word (it has no letters).</source>
        <translation>«{word}» — не слово (в нём нет букв).</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="217"/>
        <source>Id “{value}”: use lower-case Latin letters, digits and dashes, for example my-answer.</source>
        <translation>Идентификатор «{value}»: используйте строчные латинские буквы, цифры и дефисы, например my-answer.</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="220"/>
        <source>Situation “{value}”: choose one from the list, or type an id of lower-case Latin letters, digits and _.</source>
        <translation>Ситуация «{value}»: выберите её из списка или введите идентификатор из строчных латинских букв, цифр и _.</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="223"/>
        <source>Write the reply in Russian, in English, or both.</source>
        <translation>Напишите ответ по-русски, по-английски или на обоих языках.</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="225"/>
        <source>A reply has more than one cursor mark {|}: keep one.</source>
        <translation>В ответе больше одной метки курсора {|}: оставьте одну.</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="227"/>
        <source>Tick at least one channel.</source>
        <translation>Отметьте хотя бы один канал.</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="228"/>
        <source>Give the snippet a title.</source>
        <translation>Дайте заготовке название.</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="229"/>
        <source>A snippet with the id “{id}” already exists: choose another id.</source>
        <translation>Заготовка с идентификатором «{id}» уже есть: выберите другой.</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="231"/>
        <source>“{id}” is in your library already.</source>
        <translation>«{id}» уже есть в вашей библиотеке.</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="232"/>
        <source>“{id}” comes with the app or your team&apos;s library, which are read-only; edit it to make your own copy.</source>
        <translation>«{id}» входит в комплект приложения или в библиотеку команды, их нельзя изменять; отредактируйте заготовку, чтобы получить свою копию.</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="239"/>
        <source>It is kept in the Outbox and sent again automatically while the app is open.</source>
        <translation>Письмо сохранено в «Исходящих» и будет отправлено снова автоматически, пока приложение открыто.</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="241"/>
        <source>It is kept in the Outbox: fix the cause, then retry it there.</source>
        <translation>Письмо сохранено в «Исходящих»: устраните причину и повторите отправку оттуда.</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="243"/>
        <source>It is kept in the Outbox as “may have been sent”.</source>
        <translation>Письмо сохранено в «Исходящих» с пометкой «возможно, отправлено».</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="249"/>
        <source>To</source>
        <translation>Кому</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="250"/>
        <source>Cc</source>
        <translation>Копия</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="251"/>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="252"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="253"/>
        <source>SMTP server</source>
        <translation>SMTP-сервер</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="254"/>
        <source>Incoming mail server</source>
        <translation>Сервер входящей почты</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="255"/>
        <source>Incoming port</source>
        <translation>Порт входящей почты</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="256"/>
        <source>Incoming security</source>
        <translation>Защита входящей почты</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="257"/>
        <source>Port</source>
        <translation>Порт</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="258"/>
        <source>Security</source>
        <translation>Шифрование</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="259"/>
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="260"/>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="261"/>
        <source>Sender address</source>
        <translation>Адрес отправителя</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="262"/>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="263"/>
        <source>Sender name</source>
        <translation>Имя отправителя</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="264"/>
        <source>CA file</source>
        <translation>Сертификат ЦС</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="265"/>
        <source>Timeout</source>
        <translation>Тайм-аут</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="289"/>
        <source>Attempts made: {n}; no more automatic retries.</source>
        <translation>Сделано попыток: {n}; автоматических повторов больше не будет.</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="59"/>
        <source>the database is in use by another program (it is locked); nothing was changed: try again when that program is done.</source>
        <translation>база данных занята другой программой (заблокирована); ничего не изменено: повторите, когда та программа закончит работу.</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="62"/>
        <source>the disk is full: nothing could be written (free some space).</source>
        <translation>диск заполнен: ничего не удалось записать (освободите место).</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="64"/>
        <source>the database is damaged ({reason}).</source>
        <translation>база данных повреждена ({reason}).</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="65"/>
        <source>the database cannot be written (the file or its folder is read-only).</source>
        <translation>в базу данных нельзя записать (файл или его папка только для чтения).</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="67"/>
        <source>{path}: the drafts file was deleted or replaced while the app was open.</source>
        <translation>{path}: файл черновиков был удалён или заменён, пока приложение было открыто.</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="155"/>
        <source>{source}: the buyer&apos;s Subject header is too long to be the reply&apos;s subject ({length} characters, at most {limit}): give the reply a subject of your own.</source>
        <translation>{source}: заголовок Subject в письме покупателя слишком длинный, чтобы стать темой ответа ({length} символов, не больше {limit}): задайте ответу свою тему.</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="158"/>
        <source>{source}: the buyer&apos;s Subject header holds control characters (they could add hidden headers to the reply), so it cannot be the reply&apos;s subject: give the reply a subject of your own.</source>
        <translation>{source}: в заголовке Subject письма покупателя есть управляющие символы (они могли бы добавить в ответ скрытые заголовки), поэтому он не может стать темой ответа: задайте ответу свою тему.</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/error_text.py" line="162"/>
        <source>the history cannot be written ({reason}), so sending an unapproved reply anyway cannot be recorded: nothing was sent.</source>
        <translation>в историю нельзя записать ({reason}), поэтому отправку неодобренного ответа нельзя в ней отметить: ничего не отправлено.</translation>
    </message>
</context>
<context>
    <name>FeedbackView</name>
    <message>
        <location filename="../../ozon_assistant/ui/inbox/feedback_view.py" line="154"/>
        <source>Buyers&apos; feedback</source>
        <translation>Обратная связь покупателей</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/inbox/feedback_view.py" line="171"/>
        <source>&amp;Period:</source>
        <translation>&amp;Период:</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/inbox/feedback_view.py" line="176"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/inbox/feedback_view.py" line="183"/>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Экспорт в CSV…</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/inbox/feedback_view.py" line="211"/>
        <source>Situation</source>
        <translation>Ситуация</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/inbox/feedback_view.py" line="211"/>
        <source>Words buyers use most (messages)</source>
        <translation>Чаще всего пишут (число писем)</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/inbox/feedback_view.py" line="213"/>
        <source>Product or SKU</source>
        <translation>Товар или артикул</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/inbox/feedback_view.py" line="213"/>
        <location filename="../../ozon_assistant/ui/inbox/feedback_view.py" line="414"/>
        <location filename="../../ozon_assistant/ui/inbox/feedback_view.py" line="445"/>
        <location filename="../../ozon_assistant/ui/inbox/feedback_view.py" line="461"/>
        <location filename="../../ozon_assistant/ui/inbox/feedback_view.py" line="485"/>
        <source>Messages</source>
        <translation>Письма</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/inbox/feedback_view.py" line="232"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/inbox/feedback_view.py" line="239"/>
        <source>Situations as the Inbox tags them; a message still unanswered but less than a day old is not counted in the 24-hour share yet.</source>
        <translation>Ситуации — те же, что отмечены во входящих письмах; письмо без ответа, которому ещё нет суток, пока не учитывается в доле ответов за 24 часа.</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/inbox/feedback_view.py" line="274"/>
        <source>All messages</source>
        <translation>Все письма</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/inbox/feedback_view.py" line="274"/>
        <source>Last 7 days</source>
        <translation>За 7 дней</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/inbox/feedback_view.py" line="274"/>
        <source>Last 30 days</source>
        <translation>За 30 дней</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/inbox/feedback_view.py" line="275"/>
        <source>Last 90 days</source>
        <translation>За 90 дней</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/inbox/feedback_view.py" line="275"/>
        <source>Last 12 months</source>
        <translation>За 12 месяцев</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/inbox/feedback_view.py" line="308"/>
        <source>Counting…</source>
        <translation>Подсчёт…</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/inbox/feedback_view.py" line="324"/>
        <source>Export feedback as CSV</source>
        <translation>Экспорт обратной связи в CSV</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/inbox/feedback_view.py" line="325"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Файлы CSV (*.csv);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/inbox/feedback_view.py" line="331"/>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/inbox/feedback_view.py" line="349"/>
        <source>Saved to %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/inbox/feedback_view.py" line="359"/>
        <source>The CSV file could not be saved to %1: %2. Choose another folder or file name.</source>
        <translation>Не удалось сохранить файл CSV в %1: %2. Выберите другую папку или другое имя файла.</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/inbox/feedback_view.py" line="361"/>
        <source>Not saved.</source>
        <translation>Не сохранено.</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/inbox/feedback_view.py" line="366"/>
        <source>The figures could not be computed: %1</source>
        <translation>Не удалось подсчитать показатели: %1</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/inbox/feedback_view.py" line="382"/>
        <source>Export CSV</source>
        <translation>Экспорт в CSV</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/inbox/feedback_view.py" line="388"/>
        <location filename="../../ozon_assistant/ui/inbox/feedback_view.py" line="389"/>
        <source>you have no permission to write there</source>
        <translation>нет прав на запись туда</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/inbox/feedback_view.py" line="390"/>
        <source>that is a folder</source>
        <translation>это папка</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/inbox/feedback_view.py" line="391"/>
        <source>the disk is full</source>
        <translation>диск заполнен</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/inbox/feedback_view.py" line="392"/>
        <source>the disk is read-only</source>
        <translation>диск доступен только для чтения</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/inbox/feedback_view.py" line="393"/>
        <location filename="../../ozon_assistant/ui/inbox/feedback_view.py" line="394"/>
        <source>the folder does not exist</source>
        <translation>такой папки нет</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/inbox/feedback_view.py" line="400"/>
        <source>Other (no situation)</source>
        <translation>Другое (без ситуации)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ozon_assistant/ui/inbox/feedback_view.py" line="415"/>
        <source>%n answered</source>
        <translation>
            <numerusform>с ответом: %n</numerusform>
            <numerusform>с ответом: %n</numerusform>
            <numerusform>с ответом: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/inbox/feedback_view.py" line="419"/>
        <source>no message is a day old yet</source>
        <translation>ни одному письму ещё нет суток</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/inbox/feedback_view.py" line="421"/>
        <source>%1%</source>
        <comment>a percentage</comment>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/inbox/feedback_view.py" line="422"/>
        <source>%1 of %2 messages</source>
        <translation>%1 из %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ozon_assistant/ui/inbox/feedback_view.py" line="425"/>
        <source>%1; %n newer one(s) not counted yet</source>
        <translation>
            <numerusform>%1; ещё %n новое письмо пока не учтено</numerusform>
            <numerusform>%1; ещё %n новых письма пока не учтены</numerusform>
            <numerusform>%1; ещё %n новых писем пока не учтены</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/inbox/feedback_view.py" line="427"/>
        <location filename="../../ozon_assistant/ui/inbox/feedback_view.py" line="446"/>
        <source>Answered within 24 hours</source>
        <translation>Ответ в течение 24 часов</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/inbox/feedback_view.py" line="430"/>
        <location filename="../../ozon_assistant/ui/inbox/feedback_view.py" line="447"/>
        <source>Median wait</source>
        <translation>Медианное ожидание</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/inbox/feedback_view.py" line="431"/>
        <source>%1 h</source>
        <comment>hours</comment>
        <translation>%1&#xa0;ч</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/inbox/feedback_view.py" line="432"/>
        <source>until the reply was sent, or until now</source>
        <translation>до отправки ответа или до сих пор</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/inbox/feedback_view.py" line="438"/>
        <source>No messages from buyers in this period. Messages come in when the inbox syncs with the incoming mail server.</source>
        <translation>За этот период писем от покупателей нет. Письма появляются, когда входящие синхронизируются с сервером входящей почты.</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/inbox/feedback_view.py" line="441"/>
        <source>Counted at %1</source>
        <translation>Подсчитано в %1</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/inbox/feedback_view.py" line="452"/>
        <source>Messages per situation</source>
        <translation>Письма по ситуациям</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ozon_assistant/ui/inbox/feedback_view.py" line="458"/>
        <source>%n more situation(s)</source>
        <translation>
            <numerusform>ещё %n ситуация</numerusform>
            <numerusform>ещё %n ситуации</numerusform>
            <numerusform>ещё %n ситуаций</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/inbox/feedback_view.py" line="481"/>
        <source>Messages per week</source>
        <translation>Письма по неделям</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/inbox/feedback_view.py" line="496"/>
        <source>Week beginning</source>
        <translation>Начало недели</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/inbox/feedback_view.py" line="510"/>
        <source>%1 (%2)</source>
        <comment>a word and its messages</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <location filename="../../ozon_assistant/ui/compose/findings_panel.py" line="112"/>
        <source>Findings</source>
        <translation>Замечания</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/compose/findings_panel.py" line="113"/>
        <source>Fix all safe</source>
        <translation>Исправить всё очевидное</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/compose/findings_panel.py" line="115"/>
        <source>Apply every finding that has exactly one fix (%1); Ctrl+Z undoes it</source>
        <translation>Исправить все замечания, у которых ровно один вариант исправления (%1); Ctrl+Z — отмена</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/compose/findings_panel.py" line="117"/>
        <source>Why?</source>
        <translation>Почему?</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/compose/findings_panel.py" line="118"/>
        <source>Open the rule in the Standard view (F1)</source>
        <translation>Открыть правило в Стандарте общения Ozon (F1)</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/compose/findings_panel.py" line="133"/>
        <source>Start typing: findings appear here.</source>
        <translation>Начните писать — замечания появятся здесь.</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/compose/findings_panel.py" line="135"/>
        <source>Checking…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/compose/findings_panel.py" line="136"/>
        <source>No findings. The reply meets the standard.</source>
        <translation>Замечаний нет. Ответ соответствует Стандарту.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ozon_assistant/ui/compose/findings_panel.py" line="142"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n ошибка</numerusform>
            <numerusform>%n ошибки</numerusform>
            <numerusform>%n ошибок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ozon_assistant/ui/compose/findings_panel.py" line="143"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n предупреждение</numerusform>
            <numerusform>%n предупреждения</numerusform>
            <numerusform>%n предупреждений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ozon_assistant/ui/compose/findings_panel.py" line="144"/>
        <source>%n suggestion(s)</source>
        <translation>
            <numerusform>%n совет</numerusform>
            <numerusform>%n совета</numerusform>
            <numerusform>%n советов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ozon_assistant/ui/compose/findings_panel.py" line="168"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… и ещё %n замечание</numerusform>
            <numerusform>… и ещё %n замечания</numerusform>
            <numerusform>… и ещё %n замечаний</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ozon_assistant/ui/compose/findings_panel.py" line="147"/>
        <source>Shown in %n row(s): findings on the same words share one.</source>
        <translation>
            <numerusform>Показано в %n строке: замечания к одним и тем же словам объединены.</numerusform>
            <numerusform>Показано в %n строках: замечания к одним и тем же словам объединены.</numerusform>
            <numerusform>Показано в %n строках: замечания к одним и тем же словам объединены.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../ozon_assistant/ui/window/first_run.py" line="94"/>
        <source>Welcome to Ozon Compose Assistant</source>
        <translation>Добро пожаловать в Ozon Compose Assistant</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/first_run.py" line="96"/>
        <source>&lt;h2&gt;Welcome!&lt;/h2&gt;&lt;p&gt;While you write to buyers, this app underlines what breaks Ozon&apos;s communication standard, explains why and offers a fix. Four questions, then you are ready. Everything can be changed later in Settings.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Добро пожаловать!&lt;/h2&gt;&lt;p&gt;Пока Вы пишете покупателям, программа подчёркивает всё, что нарушает Стандарт общения Ozon, объясняет почему и предлагает исправление. Ответьте на четыре вопроса — и можно начинать. Всё это можно изменить позже в настройках.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/first_run.py" line="100"/>
        <source>I reply to buyers in:</source>
        <translation>Язык ответов покупателям:</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/first_run.py" line="103"/>
        <source>e.g. Уют</source>
        <translation>например, Уют</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/first_run.py" line="104"/>
        <source>My shop&apos;s name:</source>
        <translation>Название магазина:</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/first_run.py" line="105"/>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/first_run.py" line="107"/>
        <source>Start writing</source>
        <translation>Начать работу</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/first_run.py" line="108"/>
        <source>Skip</source>
        <translation>Пропустить</translation>
    </message>
</context>
<context>
    <name>HeaderBar</name>
    <message>
        <location filename="../../ozon_assistant/ui/compose/header.py" line="90"/>
        <source>C&amp;hannel:</source>
        <extracomment>the counter has room for this many digits at least (a reply longer than 9,999 characters makes room for one more: a new size a handful of times in a reply&apos;s life, never per key)</extracomment>
        <translation>&amp;Канал:</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/compose/header.py" line="93"/>
        <source>Characters in the reply / the channel&apos;s limit</source>
        <translation>Символов в ответе / лимит канала</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/compose/header.py" line="94"/>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/compose/header.py" line="114"/>
        <source>Auto (%1)</source>
        <translation>Авто (%1)</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/compose/header.py" line="105"/>
        <source>0–10: errors cost 4, warnings 2, suggestions ½</source>
        <translation>0–10: ошибка −4, предупреждение −2, совет −½</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/compose/header.py" line="106"/>
        <source>Approve &amp;&amp; Copy</source>
        <translation>Одобрить и скопировать</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/compose/header.py" line="107"/>
        <source>Copy the reply to the clipboard (Ctrl+Enter)</source>
        <translation>Скопировать ответ в буфер обмена (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/compose/header.py" line="159"/>
        <source>%1 chars</source>
        <translation>%1 симв.</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/compose/header.py" line="194"/>
        <source>Score %1/10</source>
        <translation>Оценка %1/10</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/compose/header.py" line="195"/>
        <source>Score –</source>
        <translation>Оценка –</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/compose/header.py" line="199"/>
        <source>Checking…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/compose/header.py" line="201"/>
        <source>✓ Approved</source>
        <translation>✓ Одобрено</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ozon_assistant/ui/compose/header.py" line="203"/>
        <source>✗ Not approved: %n error(s)</source>
        <translation>
            <numerusform>✗ Не одобрено: %n ошибка</numerusform>
            <numerusform>✗ Не одобрено: %n ошибки</numerusform>
            <numerusform>✗ Не одобрено: %n ошибок</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/compose/header.py" line="197"/>
        <source>Nothing to approve yet</source>
        <translation>Пока нечего одобрять</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../../ozon_assistant/ui/window/history_view.py" line="41"/>
        <source>History of replies</source>
        <translation>История ответов</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/history_view.py" line="47"/>
        <source>Search text, recipient or subject…</source>
        <translation>Поиск по тексту, получателю или теме…</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/history_view.py" line="54"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/history_view.py" line="54"/>
        <source>How</source>
        <translation>Действие</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/history_view.py" line="54"/>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/history_view.py" line="54"/>
        <source>Score</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/history_view.py" line="55"/>
        <source>Reply</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/history_view.py" line="70"/>
        <source>&amp;Use in a new draft</source>
        <translation>&amp;В новый черновик</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/history_view.py" line="72"/>
        <source>&amp;Copy text</source>
        <translation>&amp;Копировать текст</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/history_view.py" line="96"/>
        <source>Copied</source>
        <translation>Скопировано</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/history_view.py" line="97"/>
        <source>Copied with findings</source>
        <translation>Скопировано с замечаниями</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/history_view.py" line="98"/>
        <source>Sent</source>
        <translation>Отправлено</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/history_view.py" line="99"/>
        <source>Sent with findings</source>
        <translation>Отправлено с замечаниями</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/history_view.py" line="118"/>
        <source>No replies yet.</source>
        <translation>Ответов пока нет.</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/history_view.py" line="119"/>
        <source>Nothing matches.</source>
        <translation>Ничего не найдено.</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/history_view.py" line="133"/>
        <source>Overridden findings:</source>
        <translation>Проигнорированные замечания:</translation>
    </message>
</context>
<context>
    <name>Inbox</name>
    <message>
        <location filename="../../ozon_assistant/ui/inbox/view.py" line="55"/>
        <source>under a minute</source>
        <translation>меньше минуты</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/inbox/view.py" line="57"/>
        <source>%1 min</source>
        <translation>%1 мин</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/inbox/view.py" line="60"/>
        <source>%1 h %2 min</source>
        <translation>%1 ч %2 мин</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/inbox/view.py" line="62"/>
        <source>%1 h</source>
        <translation>%1 ч</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/inbox/view.py" line="63"/>
        <source>%1 d %2 h</source>
        <translation>%1 д %2 ч</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/inbox/view.py" line="76"/>
        <source>Answered, thanked</source>
        <translation>Отвечено, поблагодарили</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/inbox/view.py" line="78"/>
        <source>Answered</source>
        <translation>Отвечено</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/inbox/view.py" line="80"/>
        <source>Reply in the Outbox</source>
        <translation>Ответ в исходящих</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/inbox/view.py" line="81"/>
        <source>Waiting</source>
        <translation>Ждёт ответа</translation>
    </message>
</context>
<context>
    <name>InboxDock</name>
    <message>
        <location filename="../../ozon_assistant/ui/inbox/view.py" line="148"/>
        <source>Buyers&apos; inbox</source>
        <translation>Письма покупателей</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/inbox/view.py" line="149"/>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/inbox/view.py" line="149"/>
        <source>Waited</source>
        <translation>Ждёт</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/inbox/view.py" line="149"/>
        <source>From</source>
        <translation>От кого</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/inbox/view.py" line="150"/>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/inbox/view.py" line="150"/>
        <source>Situation</source>
        <translation>Ситуация</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/inbox/view.py" line="151"/>
        <source>&amp;Reply</source>
        <translation>&amp;Ответить</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/inbox/view.py" line="152"/>
        <source>Answer the selected e-mail in a new draft (Enter)</source>
        <translation>Ответить на выбранное письмо в новом черновике (Enter)</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/inbox/view.py" line="153"/>
        <source>Send a &amp;thank-you letter</source>
        <translation>&amp;Благодарственное письмо</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/inbox/view.py" line="155"/>
        <source>For a buyer whose issue was resolved: a thank-you letter to review and send, once per message</source>
        <translation>Покупателю, чей вопрос решён: благодарственное письмо, которое вы проверите и отправите, — одно на письмо</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/inbox/view.py" line="157"/>
        <source>S&amp;ync</source>
        <translation>&amp;Синхронизировать</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ozon_assistant/ui/inbox/view.py" line="181"/>
        <source>%n waiting for an answer</source>
        <translation>
            <numerusform>%n ждёт ответа</numerusform>
            <numerusform>%n ждут ответа</numerusform>
            <numerusform>%n ждут ответа</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/inbox/view.py" line="206"/>
        <source>(no subject)</source>
        <translation>(без темы)</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/inbox/view.py" line="213"/>
        <source>Not read in full: open it to see what could be read.</source>
        <translation>Прочитано не полностью: откройте письмо, чтобы увидеть, что удалось прочитать.</translation>
    </message>
</context>
<context>
    <name>InboxExtension</name>
    <message>
        <location filename="../../ozon_assistant/ui/inbox/extension.py" line="114"/>
        <source>Buyers&apos; &amp;inbox</source>
        <translation>&amp;Письма покупателей</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/inbox/extension.py" line="114"/>
        <source>S&amp;ync inbox</source>
        <translation>&amp;Синхронизировать почту</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/inbox/extension.py" line="117"/>
        <source>Fetch new e-mails now (%1); the app also does it every %2 minutes</source>
        <translation>Получить новые письма сейчас (%1); приложение делает это и само каждые %2 мин</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/inbox/extension.py" line="150"/>
        <location filename="../../ozon_assistant/ui/inbox/extension.py" line="295"/>
        <source>No account reads incoming mail yet: add its incoming mail server in %1.</source>
        <translation>Ни одна учётная запись пока не получает почту: добавьте сервер входящей почты в разделе %1.</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/inbox/extension.py" line="154"/>
        <source>No e-mails from buyers yet. New ones are fetched every few minutes, or now with Sync.</source>
        <translation>Писем от покупателей пока нет. Новые письма приходят каждые несколько минут или сразу по кнопке «Синхронизировать».</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/inbox/extension.py" line="164"/>
        <source>Inbox: syncing…</source>
        <translation>Почта: синхронизация…</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/inbox/extension.py" line="168"/>
        <source>Inbox: sync failed at %1 — %2</source>
        <translation>Почта: синхронизация в %1 не удалась — %2</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/inbox/extension.py" line="171"/>
        <source>Inbox synced at %1</source>
        <translation>Почта: синхр. в %1</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/inbox/extension.py" line="256"/>
        <source>Inbox not read: %1</source>
        <translation>Почта не прочитана: %1</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/inbox/extension.py" line="266"/>
        <source>The inbox is being synced already.</source>
        <translation>Почта уже синхронизируется.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ozon_assistant/ui/inbox/extension.py" line="305"/>
        <source>%n new e-mail(s) from buyers</source>
        <translation>
            <numerusform>%n новое письмо от покупателей</numerusform>
            <numerusform>%n новых письма от покупателей</numerusform>
            <numerusform>%n новых писем от покупателей</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/inbox/extension.py" line="394"/>
        <source>This e-mail was answered already: a second reply goes only if you send it.</source>
        <translation>На это письмо уже ответили: второй ответ уйдёт, только если вы его отправите.</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/inbox/extension.py" line="397"/>
        <source>Answering %1: Send replies in the same thread (%2)</source>
        <translation>Ответ на «%1»: отправка ответит в той же переписке (%2)</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/inbox/extension.py" line="412"/>
        <source>A thank-you letter goes once the buyer&apos;s e-mail is answered, and only once per e-mail.</source>
        <translation>Благодарственное письмо отправляется после ответа покупателю и только одно на письмо.</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/inbox/extension.py" line="436"/>
        <source>Fill in before sending: %1</source>
        <translation>Заполните перед отправкой: %1</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/inbox/extension.py" line="439"/>
        <source>Review the thank-you letter, then send it (Ctrl+Shift+Enter).</source>
        <translation>Проверьте благодарственное письмо и отправьте его (Ctrl+Shift+Enter).</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../ozon_assistant/ui/shared/labels.py" line="52"/>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/labels.py" line="53"/>
        <source>Warning</source>
        <translation>Предупреждение</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/labels.py" line="54"/>
        <source>Suggestion</source>
        <translation>Совет</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/labels.py" line="70"/>
        <source>Capitals</source>
        <translation>Заглавные буквы</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/labels.py" line="71"/>
        <source>Punctuation</source>
        <translation>Пунктуация</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/labels.py" line="72"/>
        <source>Emoji and smileys</source>
        <translation>Эмодзи и смайлики</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/labels.py" line="73"/>
        <source>Formality</source>
        <translation>Деловой тон</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/labels.py" line="74"/>
        <source>Vague wording</source>
        <translation>Размытые формулировки</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/labels.py" line="75"/>
        <source>Rudeness</source>
        <translation>Грубость</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/labels.py" line="76"/>
        <source>Negativity</source>
        <translation>Негатив</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/labels.py" line="77"/>
        <source>Consumer law</source>
        <translation>Права потребителей</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/labels.py" line="78"/>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/labels.py" line="79"/>
        <source>Off-platform</source>
        <translation>Уход с площадки</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/labels.py" line="80"/>
        <source>Privacy</source>
        <translation>Личные данные</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/labels.py" line="81"/>
        <source>Clarity</source>
        <translation>Ясность</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/labels.py" line="82"/>
        <source>Typography</source>
        <translation>Типографика</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/labels.py" line="83"/>
        <source>Spelling</source>
        <translation>Орфография</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/labels.py" line="84"/>
        <source>Grammar</source>
        <translation>Грамматика</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/labels.py" line="85"/>
        <source>Structure</source>
        <translation>Структура</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/labels.py" line="86"/>
        <source>Placeholders</source>
        <translation>Поля шаблона</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/labels.py" line="87"/>
        <source>Length</source>
        <translation>Длина</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/labels.py" line="94"/>
        <source>Chat</source>
        <translation>Чат</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/labels.py" line="95"/>
        <source>Review reply</source>
        <translation>Ответ на отзыв</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/labels.py" line="96"/>
        <source>Product question</source>
        <translation>Вопрос о товаре</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/labels.py" line="97"/>
        <source>E-mail</source>
        <translation>Почта</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/labels.py" line="109"/>
        <source>Step 1. Business style</source>
        <translation>Шаг 1. Деловой стиль</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/labels.py" line="110"/>
        <source>Step 2. Positive emotions</source>
        <translation>Шаг 2. Позитивные эмоции</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/labels.py" line="111"/>
        <source>Step 3. Contract and law</source>
        <translation>Шаг 3. Договор и закон</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/labels.py" line="112"/>
        <source>Step 4. No shouting</source>
        <translation>Шаг 4. Без крика</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/labels.py" line="113"/>
        <source>Ozon&apos;s communication policy</source>
        <translation>Политика общения Ozon</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/labels.py" line="114"/>
        <source>Language and spelling</source>
        <translation>Язык и орфография</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/labels.py" line="116"/>
        <source>Structure of a reply</source>
        <translation>Структура ответа</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/labels.py" line="118"/>
        <source>Other rules</source>
        <translation>Другие правила</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/labels.py" line="126"/>
        <source>Chinese</source>
        <translation>Китайский</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/labels.py" line="132"/>
        <source>Auto</source>
        <translation>Авто</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/labels.py" line="124"/>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/labels.py" line="29"/>
        <source>%1: %2</source>
        <comment>a label and what it labels</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/labels.py" line="35"/>
        <source>“%1”</source>
        <comment>quotation marks around a piece of text</comment>
        <translation>«%1»</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/labels.py" line="41"/>
        <source>%1, %2</source>
        <comment>two clauses of one sentence</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/labels.py" line="47"/>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/labels.py" line="125"/>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/labels.py" line="142"/>
        <source>Interface &amp;language:</source>
        <translation>&amp;Язык интерфейса:</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/labels.py" line="147"/>
        <source>&amp;Return period on my product pages:</source>
        <translation>Срок &amp;возврата в карточках товаров:</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/labels.py" line="162"/>
        <source>Remove it</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/labels.py" line="163"/>
        <source>Replace with “%1”</source>
        <translation>Заменить на «%1»</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/shared/labels.py" line="115"/>
        <source>Grammar: agreement, cases, verb forms</source>
        <translation>Грамматика: согласование, падежи, формы глаголов</translation>
    </message>
</context>
<context>
    <name>MailExtension</name>
    <message>
        <location filename="../../ozon_assistant/ui/mail/extension.py" line="83"/>
        <source>Buyer&apos;s e-mail</source>
        <translation>Письмо покупателя</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/extension.py" line="84"/>
        <source>For reference only: the buyer&apos;s words are not checked.</source>
        <translation>Только для справки: текст покупателя не проверяется.</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/extension.py" line="86"/>
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/extension.py" line="92"/>
        <source>Open or drop a buyer&apos;s .eml to answer it by e-mail.</source>
        <translation>Откройте письмо покупателя (.eml) или перетащите его сюда, чтобы ответить по почте.</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/extension.py" line="96"/>
        <source>From:</source>
        <translation>От:</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/extension.py" line="97"/>
        <source>Subject:</source>
        <translation>Тема:</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/extension.py" line="101"/>
        <source>Date:</source>
        <translation>Дата:</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/extension.py" line="104"/>
        <source>(headers only)</source>
        <translation>(только заголовки)</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/extension.py" line="199"/>
        <source>&amp;Send by e-mail…</source>
        <translation>&amp;Отправить по почте…</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/extension.py" line="199"/>
        <location filename="../../ozon_assistant/ui/mail/send_dialog.py" line="407"/>
        <source>&amp;Outbox</source>
        <translation>&amp;Исходящие</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/inbox/extension.py" line="152"/>
        <location filename="../../ozon_assistant/ui/inbox/extension.py" line="297"/>
        <location filename="../../ozon_assistant/ui/mail/extension.py" line="200"/>
        <location filename="../../ozon_assistant/ui/mail/send_dialog.py" line="249"/>
        <source>E-mail &amp;accounts…</source>
        <translation>&amp;Учётные записи почты…</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/extension.py" line="201"/>
        <source>Open buyer&apos;s &amp;e-mail (.eml)…</source>
        <translation>Открыть &amp;письмо покупателя (.eml)…</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/extension.py" line="202"/>
        <source>&amp;Paste buyer&apos;s e-mail headers</source>
        <translation>Вст&amp;авить заголовки письма покупателя</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/extension.py" line="241"/>
        <source>Open buyer&apos;s e-mail</source>
        <translation>Открыть письмо покупателя</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/extension.py" line="242"/>
        <source>E-mail (*.eml);;All files (*)</source>
        <translation>Письма (*.eml);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/extension.py" line="250"/>
        <source>Answering %1</source>
        <translation>Ответ на письмо %1</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/extension.py" line="255"/>
        <source>pasted headers</source>
        <translation>вставленные заголовки</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/extension.py" line="288"/>
        <source>Nothing to send: the reply is empty.</source>
        <translation>Нечего отправлять: ответ пуст.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ozon_assistant/ui/mail/extension.py" line="356"/>
        <source>Sent %n queued e-mail(s)</source>
        <translation>
            <numerusform>Отправлено %n письмо из очереди</numerusform>
            <numerusform>Отправлено %n письма из очереди</numerusform>
            <numerusform>Отправлено %n писем из очереди</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/extension.py" line="193"/>
        <source>The outbox %1 was damaged: it was renamed to %2 and kept for recovery (nothing in it was deleted). A new outbox was started; the messages in the damaged one are not in it.</source>
        <translation>Исходящие %1 были повреждены: файл переименован в %2 и сохранён для восстановления (из него ничего не удалено). Начаты новые исходящие; письма из повреждённого файла в них не попали.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ozon_assistant/ui/window/main_window.py" line="426"/>
        <source>Ozon Compose Assistant</source>
        <translation>Ozon Compose Assistant</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/main_window.py" line="221"/>
        <source>History not saved: %1</source>
        <translation>История не сохранена: %1</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/main_window.py" line="288"/>
        <source>Draft not saved: %1</source>
        <translation>Черновик не сохранён: %1</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/main_window.py" line="300"/>
        <source>Close draft</source>
        <translation>Закрыть черновик</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/main_window.py" line="301"/>
        <source>This reply has not been copied. Close it and delete the draft?</source>
        <translation>Этот ответ ещё не скопирован. Закрыть его и удалить черновик?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ozon_assistant/ui/window/main_window.py" line="349"/>
        <source>Restored %n draft(s).</source>
        <translation>
            <numerusform>Восстановлен %n черновик.</numerusform>
            <numerusform>Восстановлено %n черновика.</numerusform>
            <numerusform>Восстановлено %n черновиков.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/startup.py" line="54"/>
        <source>Loading snippets, e-mail and spelling…</source>
        <translation>Загрузка шаблонов, почты и орфографии…</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/startup.py" line="115"/>
        <source>An add-on failed to load: %1</source>
        <translation>Не удалось загрузить дополнение: %1</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/actions.py" line="77"/>
        <source>Nothing to copy yet.</source>
        <translation>Копировать пока нечего.</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/actions.py" line="98"/>
        <source>Approved and copied to the clipboard; the draft is closed (History, Ctrl+H, keeps the reply).</source>
        <translation>Одобрено и скопировано в буфер обмена; черновик закрыт (ответ сохранён в истории, Ctrl+H).</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/actions.py" line="100"/>
        <source>Approved and copied to the clipboard.</source>
        <translation>Одобрено и скопировано в буфер обмена.</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/actions.py" line="103"/>
        <source>Copied with findings; the draft is closed and the override is in the history (Ctrl+H).</source>
        <translation>Скопировано с замечаниями; черновик закрыт, это решение записано в историю (Ctrl+H).</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/actions.py" line="105"/>
        <source>Copied with findings; the override is in the history.</source>
        <translation>Скопировано с замечаниями; это решение записано в историю.</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/actions.py" line="113"/>
        <source>No finding with exactly one fix.</source>
        <translation>Нет замечаний с единственным вариантом исправления.</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/actions.py" line="120"/>
        <source>No findings.</source>
        <translation>Замечаний нет.</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/actions.py" line="144"/>
        <source>Rule switched off: %1 Settings → Rules turns it back on.</source>
        <translation>Правило выключено: %1 Включить его снова можно в «Настройки → Правила».</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/actions.py" line="152"/>
        <source>The personal dictionary is not available.</source>
        <translation>Личный словарь недоступен.</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/actions.py" line="158"/>
        <source>“%1” not added: %2</source>
        <translation>«%1» не добавлено: %2</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/actions.py" line="163"/>
        <source>“%1” added to your dictionary.</source>
        <translation>Слово «%1» добавлено в личный словарь.</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/actions.py" line="175"/>
        <source>Settings not saved</source>
        <translation>Настройки не сохранены</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/actions.py" line="176"/>
        <source>%1

The file was left as it is; fix or remove it, then change the settings again. The new settings apply until you close the app.</source>
        <translation>%1

Файл оставлен без изменений: исправьте или удалите его, затем снова измените настройки. Новые настройки действуют до закрытия программы.</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/compose/draft_recovery.py" line="55"/>
        <source>The drafts file was deleted and cannot be made again: %1 Your drafts stay on screen but are not saved.</source>
        <translation>Файл черновиков удалён, и создать его заново не удалось: %1 Черновики остаются на экране, но не сохраняются.</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/compose/draft_recovery.py" line="63"/>
        <source>The drafts file %1 was deleted while the app was open: it was made again and every open draft was saved into it.</source>
        <translation>Файл черновиков %1 был удалён, пока приложение было открыто: он создан заново, и все открытые черновики сохранены в него.</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../../ozon_assistant/ui/window/parts.py" line="34"/>
        <source>&amp;Draft</source>
        <translation>&amp;Черновик</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/parts.py" line="35"/>
        <source>&amp;Reply</source>
        <translation>&amp;Ответ</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/parts.py" line="36"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/parts.py" line="37"/>
        <source>&amp;Tools</source>
        <translation>С&amp;ервис</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/parts.py" line="38"/>
        <source>&amp;Mail</source>
        <translation>&amp;Почта</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/parts.py" line="39"/>
        <source>&amp;Snippets</source>
        <translation>&amp;Шаблоны</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/parts.py" line="40"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/parts.py" line="60"/>
        <source>&amp;New draft</source>
        <translation>&amp;Новый черновик</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/parts.py" line="62"/>
        <source>&amp;Close draft</source>
        <translation>&amp;Закрыть черновик</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/parts.py" line="63"/>
        <source>Ne&amp;xt draft</source>
        <translation>С&amp;ледующий черновик</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/parts.py" line="65"/>
        <source>&amp;Previous draft</source>
        <translation>&amp;Предыдущий черновик</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/parts.py" line="68"/>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/parts.py" line="70"/>
        <source>&amp;Approve &amp;&amp; Copy</source>
        <translation>&amp;Одобрить и скопировать</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/parts.py" line="72"/>
        <source>&amp;Fix all safe</source>
        <translation>&amp;Исправить всё очевидное</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/parts.py" line="74"/>
        <source>&amp;Next finding</source>
        <translation>С&amp;ледующее замечание</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/parts.py" line="75"/>
        <source>P&amp;revious finding</source>
        <translation>&amp;Предыдущее замечание</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/parts.py" line="77"/>
        <location filename="../../ozon_assistant/ui/window/parts.py" line="78"/>
        <source>C&amp;hannel</source>
        <translation>&amp;Канал</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/parts.py" line="85"/>
        <source>Reply &amp;language: next</source>
        <translation>&amp;Язык ответа: следующий</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/parts.py" line="88"/>
        <source>&amp;Findings</source>
        <translation>&amp;Замечания</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/parts.py" line="89"/>
        <source>&amp;History</source>
        <translation>&amp;История</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/parts.py" line="90"/>
        <source>Buyers&apos; f&amp;eedback</source>
        <translation>&amp;Обратная связь покупателей</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/parts.py" line="91"/>
        <source>The &amp;Standard</source>
        <translation>&amp;Стандарт общения Ozon</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/parts.py" line="92"/>
        <source>&amp;Compose pane</source>
        <translation>&amp;Редактор ответа</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/parts.py" line="94"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/parts.py" line="95"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Горячие клавиши</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/parts.py" line="97"/>
        <source>&amp;About Ozon Compose Assistant</source>
        <translation>&amp;О программе Ozon Compose Assistant</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/parts.py" line="125"/>
        <source>Writing and checking a reply</source>
        <extracomment>the shortcut list&apos;s groups, by task: each is the menus whose actions it lists, in this order</extracomment>
        <translation>Написание и проверка ответа</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/parts.py" line="126"/>
        <source>Drafts</source>
        <translation>Черновики</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/parts.py" line="127"/>
        <source>Snippets and phrases</source>
        <translation>Шаблоны и фразы</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/parts.py" line="128"/>
        <source>E-mail</source>
        <translation>Почта</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/parts.py" line="129"/>
        <source>Views, settings and help</source>
        <translation>Окна, настройки и справка</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/parts.py" line="168"/>
        <source>Fixes for the finding at the cursor</source>
        <translation>Исправления для замечания под курсором</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/parts.py" line="208"/>
        <source>Keyboard shortcuts</source>
        <translation>Горячие клавиши</translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message>
        <location filename="../../ozon_assistant/ui/mail/outbox_view.py" line="52"/>
        <source>Outbox</source>
        <translation>Исходящие</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/outbox_view.py" line="62"/>
        <source>To</source>
        <translation>Кому</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/outbox_view.py" line="62"/>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/outbox_view.py" line="62"/>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/outbox_view.py" line="62"/>
        <source>Tries</source>
        <translation>Попыток</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/outbox_view.py" line="63"/>
        <source>Last error</source>
        <translation>Последняя ошибка</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/outbox_view.py" line="63"/>
        <source>Created</source>
        <translation>Создано</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/outbox_view.py" line="81"/>
        <source>Show sent messages</source>
        <translation>Показывать отправленные</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/outbox_view.py" line="87"/>
        <source>Set up an e-mail account…</source>
        <translation>Настроить учётную запись почты…</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/outbox_view.py" line="91"/>
        <source>&amp;Retry</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/outbox_view.py" line="94"/>
        <source>Retry &amp;all</source>
        <translation>Повторить &amp;все</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/outbox_view.py" line="97"/>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/outbox_view.py" line="100"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ozon_assistant/ui/mail/outbox_view.py" line="164"/>
        <source>%n message(s) waiting</source>
        <translation>
            <numerusform>%n письмо ждёт отправки</numerusform>
            <numerusform>%n письма ждут отправки</numerusform>
            <numerusform>%n писем ждут отправки</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/outbox_view.py" line="166"/>
        <source>Nothing waiting: every message was sent.</source>
        <translation>Очередь пуста: все письма отправлены.</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/outbox_view.py" line="169"/>
        <source>No e-mail has been sent from this app yet, and no e-mail account is set up: set one up to send replies by e-mail.</source>
        <translation>Из приложения ещё не отправлено ни одного письма, и учётная запись почты не настроена: настройте её, чтобы отправлять ответы по почте.</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/outbox_view.py" line="171"/>
        <source>No e-mail has been sent from this app yet. A reply you send by e-mail waits here until the server accepts it.</source>
        <translation>Из приложения ещё не отправлено ни одного письма. Ответ, отправленный по почте, ждёт здесь, пока сервер его не примет.</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/outbox_view.py" line="200"/>
        <source>retry at %1</source>
        <translation>повтор в %1</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/outbox_view.py" line="204"/>
        <source>queued</source>
        <translation>в очереди</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/outbox_view.py" line="204"/>
        <location filename="../../ozon_assistant/ui/mail/outbox_view.py" line="205"/>
        <source>sending</source>
        <translation>отправляется</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/outbox_view.py" line="205"/>
        <source>sent</source>
        <translation>отправлено</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/outbox_view.py" line="205"/>
        <source>failed</source>
        <translation>ошибка</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/outbox_view.py" line="206"/>
        <source>may have been sent</source>
        <translation>возможно, отправлено</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/outbox_view.py" line="227"/>
        <source>May have been sent</source>
        <translation>Возможно, уже отправлено</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/outbox_view.py" line="228"/>
        <source>The message to %1 may already have been delivered: the app stopped or the connection broke after the server received it. Check your mail server&apos;s Sent folder or ask the buyer. Send it again anyway? The buyer could get it twice.</source>
        <translation>Письмо для %1, возможно, уже доставлено: программа остановилась или связь прервалась после того, как сервер его принял. Проверьте папку «Отправленные» на почтовом сервере или уточните у покупателя. Всё равно отправить ещё раз? Покупатель может получить письмо дважды.</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/outbox_view.py" line="240"/>
        <source>Delete message</source>
        <translation>Удалить письмо</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/outbox_view.py" line="241"/>
        <source>Delete the unsent message to %1? It will not be sent.</source>
        <translation>Удалить неотправленное письмо для %1? Оно не будет отправлено.</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/outbox_view.py" line="252"/>
        <source>Sending to %1…</source>
        <translation>Отправка на адрес %1…</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/outbox_view.py" line="257"/>
        <source>Sending the waiting messages…</source>
        <translation>Отправка писем из очереди…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ozon_assistant/ui/mail/outbox_view.py" line="292"/>
        <source>%n message(s) sent</source>
        <translation>
            <numerusform>Отправлено %n письмо</numerusform>
            <numerusform>Отправлено %n письма</numerusform>
            <numerusform>Отправлено %n писем</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ozon_assistant/ui/mail/outbox_view.py" line="294"/>
        <source>%n failed</source>
        <translation>
            <numerusform>не отправлено: %n</numerusform>
            <numerusform>не отправлено: %n</numerusform>
            <numerusform>не отправлено: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/outbox_view.py" line="299"/>
        <source>Sent to %1.</source>
        <translation>Отправлено на адрес %1.</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/outbox_view.py" line="300"/>
        <source>Not sent again: the message is %1.</source>
        <translation>Повторно не отправлено: статус сообщения — «%1».</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <location filename="../../ozon_assistant/ui/compose/approve.py" line="53"/>
        <source>Reply not approved</source>
        <translation>Ответ не одобрен</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/compose/approve.py" line="57"/>
        <source>This reply breaks Ozon&apos;s communication standard. Sending it can get your chats disabled or your shop penalised. Fix these first:</source>
        <translation>Этот ответ нарушает Стандарт общения Ozon. За такой ответ магазину могут отключить чаты или назначить штраф. Сначала исправьте:</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/compose/approve.py" line="66"/>
        <source>I have read these findings and take responsibility for sending the reply as it is</source>
        <translation>Я знаю об этих замечаниях и беру на себя ответственность за отправку ответа как есть</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/compose/approve.py" line="70"/>
        <source>Go back and fix</source>
        <translation>Вернуться и исправить</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/compose/approve.py" line="72"/>
        <source>Copy with findings</source>
        <translation>Скопировать с замечаниями</translation>
    </message>
</context>
<context>
    <name>RestoreBar</name>
    <message>
        <location filename="../../ozon_assistant/ui/compose/restore_bar.py" line="40"/>
        <source>&amp;Restore</source>
        <translation>&amp;Восстановить</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/compose/restore_bar.py" line="41"/>
        <source>Discard</source>
        <translation>Удалить</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ozon_assistant/ui/compose/restore_bar.py" line="45"/>
        <source>The app was not closed properly last time. %n unsaved draft(s) can be restored (“%1…”).</source>
        <translation>
            <numerusform>В прошлый раз программа была закрыта некорректно. Можно восстановить %n несохранённый черновик («%1…»).</numerusform>
            <numerusform>В прошлый раз программа была закрыта некорректно. Можно восстановить %n несохранённых черновика («%1…»).</numerusform>
            <numerusform>В прошлый раз программа была закрыта некорректно. Можно восстановить %n несохранённых черновиков («%1…»).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RuleSwitch</name>
    <message>
        <location filename="../../ozon_assistant/ui/window/rule_switch.py" line="35"/>
        <source>Switch off a rule that blocks breaches?</source>
        <translation>Выключить правило, которое не пропускает нарушения?</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/rule_switch.py" line="36"/>
        <source>%1: %2

This rule holds back replies that break Ozon&apos;s policy or the law. Switched off, such a reply is approved and can be sent, and Ozon may penalise the shop for it. Switch it off anyway?</source>
        <translation>%1: %2

Это правило не пропускает ответы, нарушающие правила Ozon или закон. Если его выключить, такой ответ будет одобрен и может быть отправлен, а Ozon может оштрафовать магазин. Всё равно выключить?</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/rule_switch.py" line="44"/>
        <source>Switch it off</source>
        <translation>Выключить</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <location filename="../../ozon_assistant/ui/mail/send_dialog.py" line="104"/>
        <source>Connecting to the server…</source>
        <translation>Подключение к серверу…</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/send_dialog.py" line="105"/>
        <source>Checking the server&apos;s certificate…</source>
        <translation>Проверка сертификата сервера…</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/send_dialog.py" line="106"/>
        <source>Signing in…</source>
        <translation>Вход на сервер…</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/send_dialog.py" line="107"/>
        <source>Sending the message…</source>
        <translation>Отправка письма…</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/send_dialog.py" line="108"/>
        <source>Waiting for the server to confirm…</source>
        <translation>Ожидание подтверждения от сервера…</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/send_dialog.py" line="129"/>
        <source>Send by e-mail</source>
        <translation>Отправить по почте</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/send_dialog.py" line="146"/>
        <source>Set up an e-mail account…</source>
        <translation>Настроить учётную запись почты…</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/send_dialog.py" line="161"/>
        <source>From:</source>
        <translation>От:</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/send_dialog.py" line="162"/>
        <source>To:</source>
        <translation>Кому:</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/send_dialog.py" line="163"/>
        <source>Cc:</source>
        <translation>Копия:</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/send_dialog.py" line="164"/>
        <source>Subject:</source>
        <translation>Тема:</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/send_dialog.py" line="212"/>
        <source>A thank-you letter in the thread of “%1”; sent once per message</source>
        <translation>Благодарственное письмо в переписке «%1»; отправляется одно на письмо</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/send_dialog.py" line="215"/>
        <source>Answers the buyer&apos;s e-mail “%1” (threaded); marked answered on the mail server once sent</source>
        <translation>Ответ на письмо покупателя «%1» (в той же переписке); после отправки письмо будет отмечено отвеченным на почтовом сервере</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/send_dialog.py" line="217"/>
        <source>Answers the buyer&apos;s e-mail “%1” (threaded)</source>
        <translation>Ответ на письмо покупателя «%1» (в той же цепочке)</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/send_dialog.py" line="223"/>
        <source>&amp;Send</source>
        <translation>&amp;Отправить</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/send_dialog.py" line="228"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/send_dialog.py" line="267"/>
        <source>Approved: score %1/10</source>
        <translation>Одобрено: оценка %1/10</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ozon_assistant/ui/mail/send_dialog.py" line="273"/>
        <source>&lt;b&gt;Not approved: %n error(s)&lt;/b&gt; — “%1”: %2</source>
        <translation>
            <numerusform>&lt;b&gt;Не одобрено: %n ошибка&lt;/b&gt; — «%1»: %2</numerusform>
            <numerusform>&lt;b&gt;Не одобрено: %n ошибки&lt;/b&gt; — «%1»: %2</numerusform>
            <numerusform>&lt;b&gt;Не одобрено: %n ошибок&lt;/b&gt; — «%1»: %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/send_dialog.py" line="277"/>
        <source>Sending it anyway needs your confirmation and is recorded in history.</source>
        <translation>Отправка без исправлений потребует подтверждения и будет записана в историю.</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/send_dialog.py" line="225"/>
        <source>Cancel sending</source>
        <translation>Отменить отправку</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/send_dialog.py" line="227"/>
        <location filename="../../ozon_assistant/ui/mail/send_dialog.py" line="403"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/send_dialog.py" line="248"/>
        <source>No e-mail account yet: set one up in %1</source>
        <translation>Учётной записи почты ещё нет: настройте её в меню %1</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/send_dialog.py" line="296"/>
        <source>Reply not approved</source>
        <translation>Ответ не одобрен</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ozon_assistant/ui/mail/send_dialog.py" line="297"/>
        <source>This reply breaks Ozon&apos;s communication standard (%n error(s)). Send it anyway? Your choice is recorded in history.</source>
        <translation>
            <numerusform>Этот ответ нарушает Стандарт общения Ozon (%n ошибка). Всё равно отправить? Ваше решение будет записано в историю.</numerusform>
            <numerusform>Этот ответ нарушает Стандарт общения Ozon (%n ошибки). Всё равно отправить? Ваше решение будет записано в историю.</numerusform>
            <numerusform>Этот ответ нарушает Стандарт общения Ozon (%n ошибок). Всё равно отправить? Ваше решение будет записано в историю.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/send_dialog.py" line="304"/>
        <source>Send anyway</source>
        <translation>Всё равно отправить</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/send_dialog.py" line="350"/>
        <source>Not sent.</source>
        <translation>Не отправлено.</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/send_dialog.py" line="384"/>
        <source>Thank-you letter sent to %1.</source>
        <translation>Благодарственное письмо отправлено: %1.</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/send_dialog.py" line="386"/>
        <source>Sent to %1. The message is marked answered here; the mail server learns it at the next sync.</source>
        <translation>Отправлено: %1. Письмо отмечено отвеченным здесь; почтовый сервер узнает об этом при следующей синхронизации.</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/send_dialog.py" line="389"/>
        <source>Sent to %1; the message is marked answered.</source>
        <translation>Отправлено: %1; письмо отмечено отвеченным.</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/send_dialog.py" line="391"/>
        <source>Sent to %1.</source>
        <translation>Отправлено на адрес %1.</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/send_dialog.py" line="222"/>
        <location filename="../../ozon_assistant/ui/mail/send_dialog.py" line="419"/>
        <source>Retry now</source>
        <translation>Повторить сейчас</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/send_dialog.py" line="400"/>
        <source>but it could not be added to the history.</source>
        <translation>но в историю его записать не удалось.</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/send_dialog.py" line="406"/>
        <source>This message is already being sent or was sent: see %1.</source>
        <translation>Это сообщение уже отправляется или отправлено: см. %1.</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/send_dialog.py" line="424"/>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/mail/send_dialog.py" line="425"/>
        <source>Too late to cancel: the server already has the message.</source>
        <translation>Отменить уже нельзя: письмо уже на сервере.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ozon_assistant/ui/window/settings_dialog.py" line="133"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/settings_dialog.py" line="134"/>
        <source>&amp;General</source>
        <translation>&amp;Общие</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/settings_dialog.py" line="134"/>
        <source>R&amp;ules</source>
        <translation>&amp;Правила</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/settings_dialog.py" line="134"/>
        <source>&amp;Checking</source>
        <translation>П&amp;роверка</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/settings_dialog.py" line="136"/>
        <source>Saved to %1</source>
        <translation>Файл настроек: %1</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/settings_dialog.py" line="138"/>
        <source>System language</source>
        <translation>Язык системы</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/settings_dialog.py" line="142"/>
        <source>Default c&amp;hannel:</source>
        <translation>&amp;Канал по умолчанию:</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/settings_dialog.py" line="145"/>
        <source>Default reply lan&amp;guage:</source>
        <translation>Я&amp;зык ответа по умолчанию:</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/settings_dialog.py" line="146"/>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/settings_dialog.py" line="149"/>
        <source>Replies promising less than this, or less than the law&apos;s %1 days, are flagged.</source>
        <translation>Отмечаются ответы, обещающие меньший срок или меньше %1 дней, положенных по закону.</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/settings_dialog.py" line="151"/>
        <source>&amp;Shop name:</source>
        <translation>&amp;Название магазина:</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/settings_dialog.py" line="152"/>
        <source>S&amp;ignature:</source>
        <translation>По&amp;дпись:</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/settings_dialog.py" line="163"/>
        <source>Off or Local: the text you check never leaves this computer. Only the public server, or a server whose URL you enter, receives it. Local needs Java 17 or newer and a LanguageTool folder (from languagetool.org, chosen below); its server starts in the background and stops when you close the app.</source>
        <translation>«Выключен» или «Локальный»: проверяемый текст не покидает этот компьютер. Его получает только публичный сервер или сервер, адрес которого вы укажете. Для локального режима нужны Java 17 или новее и папка LanguageTool (с сайта languagetool.org, укажите её ниже); его сервер запускается в фоне и останавливается, когда вы закрываете приложение.</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/settings_dialog.py" line="273"/>
        <source>Rule</source>
        <translation>Правило</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/settings_dialog.py" line="273"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/settings_dialog.py" line="273"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/settings_dialog.py" line="282"/>
        <source>As shipped (%1)</source>
        <translation>По умолчанию (%1)</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/settings_dialog.py" line="284"/>
        <source>Off</source>
        <translation>Выключено</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/settings_dialog.py" line="156"/>
        <source>Off (house rules only)</source>
        <translation>Выключен (только встроенные правила)</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/settings_dialog.py" line="157"/>
        <source>Local LanguageTool (offline)</source>
        <translation>Локальный LanguageTool (без интернета)</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/settings_dialog.py" line="158"/>
        <source>Public LanguageTool server (sends text online)</source>
        <translation>Публичный сервер LanguageTool (текст уходит в интернет)</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/settings_dialog.py" line="159"/>
        <source>My LanguageTool server (URL)</source>
        <translation>Свой сервер LanguageTool (URL)</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/settings_dialog.py" line="161"/>
        <source>Language&amp;Tool:</source>
        <translation>&amp;LanguageTool:</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/settings_dialog.py" line="167"/>
        <source>Server &amp;URL:</source>
        <translation>&amp;URL сервера:</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/settings_dialog.py" line="168"/>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/settings_dialog.py" line="169"/>
        <source>Local installation &amp;folder:</source>
        <translation>Папка &amp;локальной установки:</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/settings_dialog.py" line="170"/>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/settings_dialog.py" line="171"/>
        <source>Time&amp;out:</source>
        <translation>&amp;Тайм-аут:</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/settings_dialog.py" line="172"/>
        <source>One word per line: brand names, models…</source>
        <translation>По одному слову в строке: бренды, модели…</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/settings_dialog.py" line="173"/>
        <source>&amp;Words never flagged:</source>
        <translation>&amp;Слова-исключения:</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/settings_dialog.py" line="174"/>
        <source>Personal dictionary: %1</source>
        <translation>Личный словарь: %1</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/settings_dialog.py" line="272"/>
        <source>Filter rules (words, category, rule id)…</source>
        <translation>Фильтр правил (слова, категория, ID правила)…</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/settings_dialog.py" line="295"/>
        <source>Pick a rule to see why it exists. A rule shipped as an error holds back replies that break Ozon&apos;s policy or the law.</source>
        <translation>Выберите правило, чтобы увидеть, зачем оно нужно. Правило с уровнем «Ошибка» не пропускает ответы, нарушающие правила Ozon или закон.</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/settings_dialog.py" line="372"/>
        <source>LanguageTool folder</source>
        <translation>Папка LanguageTool</translation>
    </message>
</context>
<context>
    <name>SnippetEditor</name>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/editor.py" line="96"/>
        <source>New snippet</source>
        <translation>Новый шаблон</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/editor.py" line="96"/>
        <source>Edit snippet</source>
        <translation>Изменить шаблон</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/editor.py" line="100"/>
        <source>This snippet is built in and read-only. Saving stores your edited copy in your own library.</source>
        <translation>Это встроенный шаблон, он доступен только для чтения. При сохранении изменённая копия попадёт в личную библиотеку.</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/editor.py" line="102"/>
        <source>This snippet comes from your team&apos;s library and is read-only. Saving stores your edited copy in your own library.</source>
        <translation>Этот шаблон из библиотеки команды доступен только для чтения. При сохранении изменённая копия попадёт в личную библиотеку.</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/editor.py" line="129"/>
        <source>Situation</source>
        <translation>Ситуация</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/editor.py" line="117"/>
        <source>Title (%1)</source>
        <translation>Название (%1)</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/editor.py" line="134"/>
        <source>Tags (%1, comma-separated)</source>
        <translation>Теги (%1, через запятую)</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/editor.py" line="143"/>
        <source>Channels</source>
        <translation>Каналы</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/editor.py" line="156"/>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/editor.py" line="156"/>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/editor.py" line="157"/>
        <source>Chinese gloss</source>
        <translation>Перевод на китайский</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/editor.py" line="147"/>
        <source>How the library names this snippet (Latin letters, digits, hyphens). Leave it empty: it is made from the title.</source>
        <translation>Под этим именем шаблон хранится в библиотеке (латинские буквы, цифры, дефисы). Можно оставить пустым: оно будет составлено из названия.</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/editor.py" line="150"/>
        <source>Id (optional)</source>
        <translation>Идентификатор (необязательно)</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/editor.py" line="167"/>
        <source>Insert field</source>
        <translation>Вставить поле</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/editor.py" line="168"/>
        <source>Put a field (the buyer&apos;s name, the order number …) at the cursor: the fill-in form asks for it each time the snippet is used.</source>
        <translation>Вставить поле (имя покупателя, номер заказа …) в место курсора: форма заполнения спросит его при каждом использовании шаблона.</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/editor.py" line="178"/>
        <source>Fields such as the buyer&apos;s name go in from “Insert field”; the fill-in form asks for them each time the snippet is used. Before saving, the text is checked with the house rules.</source>
        <translation>Поля вроде имени покупателя вставляются кнопкой «Вставить поле»; форма заполнения спрашивает их при каждом использовании шаблона. Перед сохранением текст проверяется встроенными правилами.</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/editor.py" line="224"/>
        <source>made from the title: %1</source>
        <translation>из названия: %1</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/editor.py" line="236"/>
        <source>Appears in the text as %1</source>
        <translation>В тексте выглядит как %1</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/editor.py" line="239"/>
        <source>Where the cursor lands after inserting</source>
        <translation>Место курсора после вставки</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/editor.py" line="304"/>
        <source>Save anyway</source>
        <translation>Всё равно сохранить</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/editor.py" line="316"/>
        <source>Not saved: a snippet goes into replies as it is, and this text breaks Ozon&apos;s rules. Change what is marked as an error:</source>
        <translation>Не сохранено: шаблон попадает в ответы как есть, а этот текст нарушает правила Ozon. Исправьте то, что отмечено как ошибка:</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/editor.py" line="318"/>
        <source>Check the warnings below; “Save anyway” saves the snippet as it is.</source>
        <translation>Проверьте предупреждения ниже; «Всё равно сохранить» сохранит шаблон как есть.</translation>
    </message>
</context>
<context>
    <name>SnippetFiles</name>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/editor.py" line="348"/>
        <source>Snippets (%1)</source>
        <translation>Шаблоны (%1)</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/editor.py" line="351"/>
        <source>Import snippets</source>
        <translation>Импорт шаблонов</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/editor.py" line="358"/>
        <source>Import failed</source>
        <translation>Не удалось импортировать</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ozon_assistant/ui/snippets/editor.py" line="363"/>
        <source>Imported %n new snippet(s)</source>
        <translation>
            <numerusform>Импортирован %n новый шаблон</numerusform>
            <numerusform>Импортировано %n новых шаблона</numerusform>
            <numerusform>Импортировано %n новых шаблонов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ozon_assistant/ui/snippets/editor.py" line="365"/>
        <source>replaced %n existing snippet(s)</source>
        <translation>
            <numerusform>заменён %n существующий шаблон</numerusform>
            <numerusform>заменено %n существующих шаблона</numerusform>
            <numerusform>заменено %n существующих шаблонов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/editor.py" line="369"/>
        <source>Export snippets</source>
        <translation>Экспорт шаблонов</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/editor.py" line="376"/>
        <source>Export failed</source>
        <translation>Не удалось экспортировать</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ozon_assistant/ui/snippets/editor.py" line="381"/>
        <source>Exported %n snippet(s) to %1</source>
        <translation>
            <numerusform>Экспортирован %n шаблон в %1</numerusform>
            <numerusform>Экспортировано %n шаблона в %1</numerusform>
            <numerusform>Экспортировано %n шаблонов в %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/editor.py" line="387"/>
        <source>Read-only snippet</source>
        <translation>Шаблон только для чтения</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/editor.py" line="388"/>
        <source>This snippet is built in and cannot be deleted here.</source>
        <translation>Это встроенный шаблон, удалить его здесь нельзя.</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/editor.py" line="390"/>
        <source>This snippet comes from your team&apos;s library and cannot be deleted here.</source>
        <translation>Этот шаблон из библиотеки команды, удалить его здесь нельзя.</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/editor.py" line="392"/>
        <source>Delete snippet</source>
        <translation>Удалить шаблон</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/editor.py" line="393"/>
        <source>Delete “%1” from your library?</source>
        <translation>Удалить «%1» из личной библиотеки?</translation>
    </message>
</context>
<context>
    <name>SnippetForm</name>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/form.py" line="38"/>
        <source>Fill in: %1</source>
        <translation>Заполнение: %1</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/form.py" line="65"/>
        <source>required</source>
        <translation>обязательно</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/form.py" line="67"/>
        <source>empty: “%1”</source>
        <translation>если пусто: «%1»</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/form.py" line="69"/>
        <source>optional</source>
        <translation>необязательно</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/form.py" line="73"/>
        <source>Preview</source>
        <translation>Предпросмотр</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/form.py" line="80"/>
        <source>Insert</source>
        <translation>Вставить</translation>
    </message>
</context>
<context>
    <name>SnippetSidebar</name>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/sidebar.py" line="164"/>
        <source>Snippets</source>
        <extracomment>What the evidence row of a proposed situation holds (not a snippet: never selected) How many of a situation&apos;s evidence words its row shows (all of them in its tooltip)</extracomment>
        <translation>Шаблоны ответов</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/sidebar.py" line="165"/>
        <source>Search snippets (ru / en / 中文)…</source>
        <translation>Поиск шаблонов (ru / en / 中文)…</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/sidebar.py" line="166"/>
        <source>Buyer wrote… (paste the message to get proposals)</source>
        <translation>Покупатель написал… (вставьте сообщение, чтобы получить подсказки)</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/sidebar.py" line="172"/>
        <location filename="../../ozon_assistant/ui/snippets/sidebar.py" line="487"/>
        <source>Insert</source>
        <translation>Вставить</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/sidebar.py" line="173"/>
        <source>Favourite: shown first</source>
        <translation>Избранное: показывается первым</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/sidebar.py" line="174"/>
        <location filename="../../ozon_assistant/ui/snippets/sidebar.py" line="488"/>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/sidebar.py" line="200"/>
        <source>Bundled library</source>
        <comment>where a snippet comes from</comment>
        <translation>Встроенная библиотека</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/sidebar.py" line="201"/>
        <source>Team library</source>
        <comment>where a snippet comes from</comment>
        <translation>Командная библиотека</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/sidebar.py" line="202"/>
        <source>My library</source>
        <comment>where a snippet comes from</comment>
        <translation>Моя библиотека</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/sidebar.py" line="227"/>
        <source>Proposed for the buyer&apos;s message</source>
        <translation>Подходящие к сообщению покупателя</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/sidebar.py" line="351"/>
        <source>★ Favourites</source>
        <translation>★ Избранное</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/sidebar.py" line="356"/>
        <source>Recent</source>
        <translation>Недавние</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/sidebar.py" line="426"/>
        <source>Pick a snippet to see it here. Enter or double-click inserts it.</source>
        <translation>Выберите шаблон, чтобы увидеть его здесь. Enter или двойной щелчок — вставить.</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/sidebar.py" line="448"/>
        <source>To fill in</source>
        <translation>Заполнить</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/sidebar.py" line="490"/>
        <source>Copy to my library</source>
        <translation>Копировать в личную библиотеку</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/sidebar.py" line="492"/>
        <source>Duplicate</source>
        <translation>Дублировать</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/sidebar.py" line="494"/>
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/sidebar.py" line="495"/>
        <source>Favourite on/off</source>
        <translation>Добавить в избранное / убрать</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/sidebar.py" line="167"/>
        <source>&amp;Rating:</source>
        <translation>&amp;Оценка:</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/sidebar.py" line="168"/>
        <source>No rating</source>
        <translation>Без оценки</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/sidebar.py" line="169"/>
        <source>The review&apos;s stars, when the buyer gave some: a 1-star review is never offered thanks for praise first, a 5-star one never an apology first</source>
        <translation>Звёзды отзыва, если покупатель их поставил: на отзыв с 1 звездой не предлагается первой благодарность за похвалу, на отзыв с 5 звёздами — первым извинение</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/sidebar.py" line="230"/>
        <source>No situation fits this message: the general answers</source>
        <translation>Ни одна ситуация не подходит: общие ответы</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/sidebar.py" line="239"/>
        <location filename="../../ozon_assistant/ui/snippets/sidebar.py" line="242"/>
        <source>Because of</source>
        <translation>По словам</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/sidebar.py" line="305"/>
        <source>a review</source>
        <translation>отзыв</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/sidebar.py" line="305"/>
        <source>a question about the product</source>
        <translation>вопрос о товаре</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/sidebar.py" line="306"/>
        <source>a request about an order</source>
        <translation>просьба по заказу</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/sidebar.py" line="307"/>
        <source>a claim (defect, damage, wrong or missing item)</source>
        <translation>претензия (брак, повреждение, не тот товар или недовложение)</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/sidebar.py" line="308"/>
        <source>a return or refund request</source>
        <translation>просьба о возврате товара или денег</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/sidebar.py" line="312"/>
        <source>praise</source>
        <translation>похвала</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/sidebar.py" line="312"/>
        <source>a complaint</source>
        <translation>жалоба</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/sidebar.py" line="313"/>
        <source>mixed</source>
        <translation>смешанный</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/sidebar.py" line="313"/>
        <source>neutral</source>
        <translation>нейтральный</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/sidebar.py" line="321"/>
        <source>Reads as</source>
        <translation>Похоже на</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/sidebar.py" line="323"/>
        <source>None of the situations fits this message; the general answers are proposed instead.</source>
        <translation>Ни одна ситуация не подходит к этому сообщению, поэтому предложены общие ответы.</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/sidebar.py" line="330"/>
        <source>a question&apos;s form</source>
        <translation>форма вопроса</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/sidebar.py" line="331"/>
        <source>a question word</source>
        <translation>вопросительное слово</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/sidebar.py" line="332"/>
        <source>a happy emoji</source>
        <translation>весёлый эмодзи</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/sidebar.py" line="332"/>
        <source>an angry emoji</source>
        <translation>сердитый эмодзи</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/sidebar.py" line="333"/>
        <source>capital letters</source>
        <translation>заглавные буквы</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/sidebar.py" line="333"/>
        <source>a question mark</source>
        <translation>вопросительный знак</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/sidebar.py" line="334"/>
        <source>smileys «)))»</source>
        <translation>смайлики «)))»</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/sidebar.py" line="334"/>
        <source>sad «(((»</source>
        <translation>грустные «(((»</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/sidebar.py" line="335"/>
        <source>exclamation marks</source>
        <translation>восклицательные знаки</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ozon_assistant/ui/snippets/sidebar.py" line="258"/>
        <source>Search results for “%1” (%n)</source>
        <translation>
            <numerusform>По запросу «%1» найден %n шаблон</numerusform>
            <numerusform>По запросу «%1» найдено %n шаблона</numerusform>
            <numerusform>По запросу «%1» найдено %n шаблонов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/sidebar.py" line="264"/>
        <source>No snippet matches. Try another word or language.</source>
        <translation>Ни один шаблон не подходит. Попробуйте другое слово или язык.</translation>
    </message>
</context>
<context>
    <name>SnippetsExtension</name>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/extension.py" line="90"/>
        <source>Find snippet…</source>
        <translation>Найти шаблон…</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/extension.py" line="90"/>
        <source>New snippet…</source>
        <translation>Новый шаблон…</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/extension.py" line="90"/>
        <source>Import snippets…</source>
        <translation>Импорт шаблонов…</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/extension.py" line="91"/>
        <source>Export snippets…</source>
        <translation>Экспорт шаблонов…</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/extension.py" line="91"/>
        <source>Open my snippet folder</source>
        <translation>Открыть папку личных шаблонов</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/extension.py" line="92"/>
        <source>Library problems…</source>
        <translation>Проблемы библиотеки…</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/extension.py" line="92"/>
        <source>Reload libraries</source>
        <translation>Перезагрузить библиотеки</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ozon_assistant/ui/snippets/extension.py" line="105"/>
        <source>Snippets: %n broken library entries skipped (Snippets → Library problems)</source>
        <translation>
            <numerusform>Шаблоны: пропущена %n повреждённая запись библиотеки (Шаблоны → Проблемы библиотеки)</numerusform>
            <numerusform>Шаблоны: пропущены %n повреждённые записи библиотеки (Шаблоны → Проблемы библиотеки)</numerusform>
            <numerusform>Шаблоны: пропущено %n повреждённых записей библиотеки (Шаблоны → Проблемы библиотеки)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/extension.py" line="159"/>
        <source>Fill in before sending: %1</source>
        <translation>Заполните перед отправкой: %1</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/extension.py" line="175"/>
        <source>Saved “%1” in your library</source>
        <translation>Шаблон «%1» сохранён в личной библиотеке</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/extension.py" line="182"/>
        <source>Copied to your library: %1</source>
        <translation>Скопировано в личную библиотеку: %1</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/extension.py" line="190"/>
        <source>Deleted %1</source>
        <translation>Удалено: %1</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/extension.py" line="192"/>
        <source>Snippets</source>
        <translation>Шаблоны ответов</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/extension.py" line="213"/>
        <source>Every library file loaded cleanly.</source>
        <translation>Все файлы библиотеки загружены без ошибок.</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/snippets/extension.py" line="214"/>
        <source>Snippet library problems</source>
        <translation>Проблемы библиотеки шаблонов</translation>
    </message>
</context>
<context>
    <name>StandardView</name>
    <message>
        <location filename="../../ozon_assistant/ui/window/standard_view.py" line="37"/>
        <source>switched off in your settings</source>
        <translation>отключено в настройках</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/standard_view.py" line="42"/>
        <source>Not like this:</source>
        <translation>Так не пишите:</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/standard_view.py" line="43"/>
        <source>Like this:</source>
        <translation>Пишите так:</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/standard_view.py" line="124"/>
        <source>Ozon&apos;s communication standard</source>
        <translation>Стандарт общения Ozon</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/standard_view.py" line="125"/>
        <source>Filter rules (words, category, rule id)…</source>
        <translation>Фильтр правил (слова, категория, ID правила)…</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/standard_view.py" line="133"/>
        <source>Ozon asks sellers for a business style, positive emotions, answers that agree with the contract and the law, and no shouting. Its policy also forbids contacts, links and pressure. Each rule below says why.</source>
        <translation>Ozon ждёт от продавцов делового стиля, позитивного настроя, ответов в согласии с договором и законом и общения без крика. Политика общения Ozon также запрещает обмен контактами, ссылки и давление. У каждого правила ниже указано, почему.</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/standard_view.py" line="136"/>
        <source>The standard, rule by rule</source>
        <translation>Стандарт общения: все правила</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/standard_view.py" line="145"/>
        <source>No rule matches the filter.</source>
        <translation>Под фильтр не подходит ни одно правило.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../ozon_assistant/ui/window/app.py" line="102"/>
        <source>Settings file is broken</source>
        <translation>Файл настроек повреждён</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/app.py" line="103"/>
        <source>%1

The app opens with default settings and will not change this file. Fix the line named above (or delete the file) and restart.</source>
        <translation>%1

Программа запущена с настройками по умолчанию и не будет изменять этот файл. Исправьте указанную выше строку (или удалите файл) и перезапустите программу.</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/app.py" line="108"/>
        <source>Cannot open the file</source>
        <translation>Не удалось открыть файл</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/app.py" line="109"/>
        <source>%1

The file was not changed. An empty reply is open instead.</source>
        <translation>%1

Файл не изменён. Вместо него открыт пустой ответ.</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/app.py" line="143"/>
        <source>Windows-1251 (Cyrillic)</source>
        <translation>Windows-1251 (кириллица)</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/app.py" line="144"/>
        <source>GB18030 (Chinese Windows)</source>
        <translation>GB18030 (китайская Windows)</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/app.py" line="147"/>
        <source>Read as %1, it begins: «%2»</source>
        <translation>В кодировке %1 он начинается так: «%2»</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/app.py" line="149"/>
        <source>Open as %1</source>
        <translation>Открыть как %1</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/app.py" line="115"/>
        <source>Drafts are not saved</source>
        <translation>Черновики не сохраняются</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/app.py" line="116"/>
        <source>%1

The app works as usual, but what you type is not saved as a draft until the app is started again: copy or send your reply before closing it.</source>
        <translation>%1

Приложение работает как обычно, но набранный текст не сохраняется как черновик до следующего запуска: скопируйте или отправьте ответ, прежде чем закрыть его.</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/app.py" line="121"/>
        <source>The drafts file was damaged</source>
        <translation>Файл черновиков был повреждён</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/app.py" line="122"/>
        <source>%1 could not be read: it was renamed to %2 and kept for recovery (nothing in it was deleted). New drafts are saved in a new file.</source>
        <translation>%1 не удалось прочитать: он переименован в %2 и сохранён для восстановления (из него ничего не удалено). Новые черновики сохраняются в новый файл.</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../ozon_assistant/ui/window/parts.py" line="220"/>
        <source>LanguageTool: off</source>
        <translation>LanguageTool: выключен</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/parts.py" line="222"/>
        <source>LanguageTool: starting…</source>
        <translation>LanguageTool: запуск…</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/parts.py" line="223"/>
        <source>LanguageTool: connecting…</source>
        <translation>LanguageTool: подключение…</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/parts.py" line="234"/>
        <source>LanguageTool: ready (on this computer)</source>
        <translation>LanguageTool: готов (на этом компьютере)</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/parts.py" line="235"/>
        <source>LanguageTool: ready (public server)</source>
        <translation>LanguageTool: готов (публичный сервер)</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/parts.py" line="226"/>
        <source>LanguageTool: paused, the public server takes 20 checks a minute (next in %1 s)</source>
        <translation>LanguageTool: пауза, публичный сервер принимает 20 проверок в минуту (следующая через %1 с)</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/parts.py" line="236"/>
        <source>LanguageTool: ready (%1)</source>
        <translation>LanguageTool: готов (%1)</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/parts.py" line="243"/>
        <source>LanguageTool: unavailable</source>
        <translation>LanguageTool: недоступен</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/parts.py" line="246"/>
        <source>Spelling: loading…</source>
        <translation>Орфография: загрузка словарей…</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/parts.py" line="249"/>
        <source>Spelling: ready (%1)</source>
        <translation>Орфография: проверяется (%1)</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/parts.py" line="251"/>
        <source>Spelling: off</source>
        <translation>Орфография: не проверяется</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/parts.py" line="252"/>
        <source>Spelling: unavailable</source>
        <translation>Орфография: словари недоступны</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/parts.py" line="260"/>
        <source>no installation found: choose its folder in Settings → Checking</source>
        <translation>установка не найдена: укажите её папку в меню Настройки → Проверка</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/parts.py" line="298"/>
        <source>Checking…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/parts.py" line="298"/>
        <source>Checked</source>
        <translation>Проверено</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/parts.py" line="311"/>
        <source>House rules only (LanguageTool off)</source>
        <translation>Только встроенные правила (LanguageTool выключен)</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/parts.py" line="232"/>
        <source>LanguageTool: ready (on this computer, %1 MB)</source>
        <translation>LanguageTool: готов (на этом компьютере, %1 МБ)</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/parts.py" line="239"/>
        <source>LanguageTool: stopped</source>
        <translation>LanguageTool: остановлен</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/parts.py" line="241"/>
        <source>LanguageTool: failed — %1</source>
        <translation>LanguageTool: не запустился — %1</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/parts.py" line="262"/>
        <source>Java not found: install Java 17 or newer</source>
        <translation>Java не найдена: установите Java 17 или новее</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/parts.py" line="263"/>
        <source>it needs Java 17 or newer</source>
        <translation>нужна Java 17 или новее</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/parts.py" line="264"/>
        <source>it did not start in time</source>
        <translation>не успел запуститься</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/parts.py" line="265"/>
        <source>it ran out of memory</source>
        <translation>не хватило памяти</translation>
    </message>
    <message>
        <location filename="../../ozon_assistant/ui/window/parts.py" line="266"/>
        <source>it stopped unexpectedly</source>
        <translation>неожиданно остановился</translation>
    </message>
</context>
<context>
    <name>WindowMessages</name>
    <message numerus="yes">
        <location filename="../../ozon_assistant/ui/window/actions.py" line="39"/>
        <source>Applied %n fix(es). Ctrl+Z undoes them.</source>
        <translation>
            <numerusform>Применено %n исправление. Ctrl+Z — отмена.</numerusform>
            <numerusform>Применено %n исправления. Ctrl+Z — отмена.</numerusform>
            <numerusform>Применено %n исправлений. Ctrl+Z — отмена.</numerusform>
        </translation>
    </message>
</context>
</TS>
