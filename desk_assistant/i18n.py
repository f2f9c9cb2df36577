"""Messages that originate outside Qt (errors, validation), in both UI languages.

The Qt chrome is translated with Qt Linguist (``.ts`` files); these messages come from
domain, storage and services code, which must not import Qt, and from the command line.
Each message has an Indonesian and an English text with ``{placeholders}``.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from functools import cache
from importlib import resources
from typing import Any

log = logging.getLogger(__name__)


class Lang(StrEnum):
    """The languages of the user interface and of script packs."""

    ID = "id"
    EN = "en"


DEFAULT_LANG = Lang.ID

# key -> (Indonesian, English)
CATALOG: dict[str, tuple[str, str]] = {
    # --- script packs -------------------------------------------------------------------
    "pack.file_unreadable": (
        "Berkas paket naskah tidak dapat dibaca: {detail}",
        "The script pack file cannot be read: {detail}",
    ),
    "pack.too_large": (
        "Berkas paket naskah terlalu besar ({size} byte; paling besar {limit} byte).",
        "The script pack file is too large ({size} bytes; at most {limit} bytes).",
    ),
    "pack.not_text": (
        "Berkas ini bukan teks UTF-8; paket naskah harus berupa berkas YAML.",
        "This file is not UTF-8 text; a script pack must be a YAML file.",
    ),
    "pack.syntax": (
        "Kesalahan sintaks YAML: {detail}",
        "YAML syntax error: {detail}",
    ),
    "pack.too_deep": (
        "Struktur berkas terlalu dalam (lebih dari {limit} tingkat).",
        "The file's structure is nested too deeply (more than {limit} levels).",
    ),
    "pack.not_mapping": (
        "Isi paket naskah harus berupa pemetaan (kunci: nilai) di tingkat teratas.",
        "A script pack must be a mapping (key: value) at the top level.",
    ),
    "pack.missing_field": (
        "Kolom wajib '{field}' tidak ada.",
        "Required field '{field}' is missing.",
    ),
    "pack.wrong_type": (
        "Kolom '{field}' harus berupa {expected}.",
        "Field '{field}' must be {expected}.",
    ),
    "pack.unknown_field": (
        "Kolom '{field}' tidak dikenal.",
        "Unknown field '{field}'.",
    ),
    "pack.bad_format_version": (
        "format_version {found} tidak didukung (yang didukung: {supported}).",
        "format_version {found} is not supported (supported: {supported}).",
    ),
    "pack.bad_id": (
        "Pengenal '{value}' tidak sah: gunakan huruf kecil, angka, '-' atau '_'.",
        "Identifier '{value}' is not valid: use lower-case letters, digits, '-' or '_'.",
    ),
    "pack.unknown_language": (
        "Bahasa '{lang}' tidak dikenal (yang dikenal: {known}).",
        "Unknown language '{lang}' (known: {known}).",
    ),
    "pack.missing_required_language": (
        "Paket harus memuat bahasa '{lang}'.",
        "The pack must include language '{lang}'.",
    ),
    "pack.missing_translation": (
        "Terjemahan '{lang}' untuk '{field}' tidak ada.",
        "The '{lang}' translation of '{field}' is missing.",
    ),
    "pack.empty_text": (
        "Teks '{lang}' untuk '{field}' kosong.",
        "The '{lang}' text of '{field}' is empty.",
    ),
    "pack.placeholder_mismatch": (
        "Placeholder di '{field}' berbeda antarbahasa: {detail}.",
        "Placeholders in '{field}' differ between languages: {detail}.",
    ),
    "pack.unknown_placeholder": (
        "Placeholder {{{name}}} di '{field}' tidak dikenal (yang boleh: {allowed}).",
        "Unknown placeholder {{{name}}} in '{field}' (allowed: {allowed}).",
    ),
    "pack.bad_placeholder": (
        "Kurung kurawal di '{field}' tidak seimbang atau salah tulis.",
        "Braces in '{field}' are unbalanced or malformed.",
    ),
    "pack.duplicate_id": (
        "Pengenal '{value}' dipakai lebih dari sekali.",
        "Identifier '{value}' is used more than once.",
    ),
    "pack.unknown_phase": (
        "Fase '{phase}' tidak ada di daftar fase.",
        "Phase '{phase}' is not in the list of phases.",
    ),
    "pack.unknown_target": (
        "Tujuan '{target}' tidak ada: tidak ada langkah dengan pengenal itu.",
        "Target '{target}' does not exist: no step has that id.",
    ),
    "pack.unknown_start": (
        "Langkah awal '{target}' tidak ada.",
        "The start step '{target}' does not exist.",
    ),
    "pack.unknown_segment": (
        "Segmen '{segment}' tidak dikenal (yang dikenal: {known}).",
        "Unknown segment '{segment}' (known: {known}).",
    ),
    "pack.unknown_need": (
        "Kebutuhan '{need}' tidak dikenal (yang dikenal: {known}).",
        "Unknown need '{need}' (known: {known}).",
    ),
    "pack.unknown_outcome": (
        "Hasil '{outcome}' tidak dikenal (yang dikenal: {known}).",
        "Unknown outcome '{outcome}' (known: {known}).",
    ),
    "pack.unknown_option": (
        "Opsi '{option}' tidak ada di daftar opsi.",
        "Option '{option}' is not in the list of options.",
    ),
    "pack.unreachable_step": (
        "Langkah ini tidak pernah tercapai dari langkah awal.",
        "This step can never be reached from the start step.",
    ),
    "pack.no_way_to_close": (
        "Dari langkah ini tidak ada jalan ke penutup (langkah akhir).",
        "There is no way from this step to the close (an end step).",
    ),
    "pack.dead_end": (
        "Langkah bukan akhir tetapi tidak punya 'next' maupun 'choices'.",
        "The step is not an end step but has neither 'next' nor 'choices'.",
    ),
    "pack.end_with_exits": (
        "Langkah akhir tidak boleh punya 'next' atau 'choices'.",
        "An end step may not have 'next' or 'choices'.",
    ),
    "pack.next_and_choices": (
        "Langkah tidak boleh punya 'next' dan 'choices' sekaligus.",
        "A step may not have both 'next' and 'choices'.",
    ),
    "pack.too_many_choices": (
        "Paling banyak 9 pilihan per langkah (tombol 1–9); ada {count}.",
        "At most 9 choices per step (keys 1–9); found {count}.",
    ),
    "pack.no_end_step": (
        "Paket tidak punya langkah akhir (end: true).",
        "The pack has no end step (end: true).",
    ),
    "pack.no_close_phase_end": (
        "Langkah akhir harus berada di fase terakhir ('{phase}').",
        "An end step must be in the last phase ('{phase}').",
    ),
    "pack.empty_list": (
        "Daftar '{field}' tidak boleh kosong.",
        "The list '{field}' may not be empty.",
    ),
    "pack.bad_number": (
        "Nilai '{field}' harus bilangan bulat {low}–{high}.",
        "Value '{field}' must be a whole number from {low} to {high}.",
    ),
    "pack.unavailable_without_options": (
        "Langkah 'unavailable' memerlukan daftar 'options' dan bagian 'unavailable' di paket.",
        "An 'unavailable' step needs the pack's 'options' list and 'unavailable' section.",
    ),
    "pack.follow_up_step_without_option": (
        "Langkah 'follow_up' memerlukan opsi dengan 'follow_up: true' (misalnya hubungi "
        "kembali) dan bagian 'unavailable' (kalimat bacakan ulang) di paket.",
        "A 'follow_up' step needs an option with 'follow_up: true' (such as call back) and "
        "the pack's 'unavailable' section (the read-back lines).",
    ),
    "pack.unavailable_and_follow_up": (
        "Satu langkah tidak bisa sekaligus 'unavailable' dan 'follow_up'.",
        "A step cannot be both 'unavailable' and 'follow_up'.",
    ),
    "pack.invalid": (
        "Paket naskah tidak sah ({count} masalah); paket yang aktif tetap dipakai.",
        "The script pack is not valid ({count} problems); the active pack stays in use.",
    ),
    "pack.where_step": ("langkah '{step}'", "step '{step}'"),
    "pack.where_line": ("baris {line}", "line {line}"),
    # --- storage ------------------------------------------------------------------------
    "db.locked": (
        "Basis data sedang dipakai program lain dan terkunci. Coba lagi sebentar lagi; "
        "tidak ada data yang hilang.",
        "The database is in use by another program and locked. Try again in a moment; "
        "nothing was lost.",
    ),
    "db.damaged": (
        "Berkas basis data rusak ({detail}). Berkas itu tidak diubah.",
        "The database file is damaged ({detail}). The file was not changed.",
    ),
    "db.not_database": (
        "Berkas '{path}' bukan basis data Desk Assistant.",
        "The file '{path}' is not a Desk Assistant database.",
    ),
    "db.cannot_open": (
        "Basis data '{path}' tidak dapat dibuka: {detail}",
        "The database '{path}' cannot be opened: {detail}",
    ),
    "db.read_only": (
        "Basis data hanya-baca: perubahan tidak dapat disimpan. Periksa izin berkas atau "
        "media penyimpanan. Data yang sudah tersimpan aman.",
        "The database is read-only: changes cannot be saved. Check the file's permissions "
        "or the drive. Data already saved is safe.",
    ),
    "db.disk_full": (
        "Disk penuh: perubahan tidak dapat disimpan. Kosongkan ruang disk lalu coba lagi. "
        "Data yang sudah tersimpan aman.",
        "The disk is full: changes cannot be saved. Free some disk space and try again. "
        "Data already saved is safe.",
    ),
    "db.write_failed": (
        "Gagal menyimpan ke basis data: {detail}. Data yang sudah tersimpan aman.",
        "Saving to the database failed: {detail}. Data already saved is safe.",
    ),
    "db.is_folder": (
        "'{path}' adalah sebuah folder, bukan berkas basis data. Periksa --db (atau "
        "DESK_ASSISTANT_DB). Tidak ada yang diubah.",
        "'{path}' is a folder, not a database file. Check --db (or DESK_ASSISTANT_DB). "
        "Nothing was changed.",
    ),
    "db.no_permission": (
        "Tidak ada izin untuk membaca atau menulis basis data '{path}'. Periksa izin "
        "berkas dan foldernya. Tidak ada yang diubah.",
        "There is no permission to read or write the database '{path}'. Check the "
        "permissions of the file and its folder. Nothing was changed.",
    ),
    "db.in_use": (
        "Basis data '{path}' sedang dibuka oleh Desk Assistant lain (jendela aplikasi, "
        "meja lain, atau tugas terjadwal). Tutup dulu, lalu coba lagi. Tidak ada yang "
        "diubah.",
        "The database '{path}' is open in another Desk Assistant (the application's "
        "window, another desk, or a scheduled task). Close it first, then try again. "
        "Nothing was changed.",
    ),
    "db.missing": (
        "Basis data '{path}' tidak ada, padahal sebelumnya ada (catatan atau cadangannya "
        "masih ada). Basis data kosong tidak dibuat diam-diam menggantikannya.",
        "The database '{path}' is not there, though it was before (its record or its "
        "backups are still there). An empty database is not quietly made in its place.",
    ),
    "db.emptied": (
        "Basis data '{path}' kosong (0 byte), padahal sebelumnya berisi (catatan atau "
        "cadangannya masih ada). Berkas itu tidak diubah.",
        "The database '{path}' is empty (0 bytes), though it held records before (its "
        "record or its backups are still there). The file was not changed.",
    ),
    "db.stray_log": (
        "Jurnal basis data '{path}' (berkas -wal di sebelahnya) berasal dari basis data "
        "lain. Basis data tidak dipakai dan tidak diubah.",
        "The journal of the database '{path}' (the -wal file beside it) belongs to another "
        "database. The database was not used and not changed.",
    ),
    "db.other_identity": (
        "Berkas '{path}' adalah basis data lain daripada yang sebelumnya ada di sini "
        "(dibuat {created} sebagai '{name}'). Tidak ada yang diubah.",
        "The file '{path}' is a different database from the one that was here before "
        "(made on {created} as '{name}'). Nothing was changed.",
    ),
    "db.shrank": (
        "Basis data '{path}' memuat lebih sedikit interaksi daripada sebelumnya (nomor "
        "terakhir {now}, sebelumnya {before}). Interaksi tidak pernah dihapus, jadi berkas "
        "ini mungkin tertukar atau tercampur dengan berkas lain. Tidak ada yang diubah.",
        "The database '{path}' holds fewer interactions than before (last number {now}, "
        "before {before}). Interactions are never deleted, so this file may have been "
        "swapped or mixed with another. Nothing was changed.",
    ),
    "db.restore_hint": (
        "Cadangan baik terbaru dari basis data ini: {backup}. Untuk memulihkannya: "
        'desk-assistant restore "{backup}"',
        "The newest good backup of this database: {backup}. To restore it: "
        'desk-assistant restore "{backup}"',
    ),
    "db.no_backup_hint": (
        "Tidak ditemukan cadangan baik dari basis data ini.",
        "No good backup of this database was found.",
    ),
    "db.upgrading": (
        "Memperbarui basis data untuk versi baru Desk Assistant… Ini dilakukan sekali saja "
        "dan bisa memakan beberapa detik. Semua catatan tetap tersimpan.",
        "Updating the database for the new version of Desk Assistant… This happens once and "
        "may take a few seconds. Every record is kept.",
    ),
    "db.newer_schema": (
        "Basis data ini dibuat oleh versi Desk Assistant yang lebih baru.",
        "This database was made by a newer version of Desk Assistant.",
    ),
    # --- shifts and interactions -------------------------------------------------------
    "shift.staff_required": (
        "Isi nama atau inisial petugas.",
        "Enter the librarian's name or initials.",
    ),
    "shift.desk_required": ("Isi nama meja layanan.", "Enter the desk name."),
    "shift.too_long": (
        "'{field}' terlalu panjang (paling banyak {limit} karakter).",
        "'{field}' is too long (at most {limit} characters).",
    ),
    "shift.none_open": ("Belum ada giliran kerja yang dimulai.", "No shift has been started."),
    # --- the options checklist and its follow-up ----------------------------------------
    "phone.required": ("Isi nomor telepon.", "Enter a phone number."),
    "phone.letters": (
        "Nomor telepon tidak boleh berisi huruf.",
        "A phone number may not contain letters.",
    ),
    "phone.characters": (
        "Nomor telepon hanya boleh berisi angka, spasi, tanda hubung dan + di depan.",
        "A phone number may only contain digits, spaces, dashes and a leading +.",
    ),
    "phone.double_zero": (
        "Awalan 00 (misalnya 0062) tidak dipakai: tulis 0812… atau +62 812….",
        "The 00 prefix (e.g. 0062) is not used: write 0812… or +62 812….",
    ),
    "phone.too_short": (
        "Nomor telepon terlalu pendek.",
        "The phone number is too short.",
    ),
    "phone.too_long": ("Nomor telepon terlalu panjang.", "The phone number is too long."),
    "phone.invalid": (
        "Nomor telepon tidak sah. Contoh: 0812-3456-7890 atau (021) 345-6789.",
        "This is not a valid phone number. Example: 0812-3456-7890 or (021) 345-6789.",
    ),
    "phone.not_mobile": (
        "Ini nomor telepon rumah/kantor: tidak dapat menerima WhatsApp atau SMS.",
        "This is a landline: it cannot receive WhatsApp or SMS.",
    ),
    "email.required": ("Isi alamat e-mail.", "Enter an e-mail address."),
    "email.no_at": (
        "Alamat e-mail harus berisi @, misalnya nama@contoh.id.",
        "An e-mail address needs an @, e.g. name@example.com.",
    ),
    "email.no_domain": (
        "Alamat e-mail tidak lengkap: domainnya kurang (misalnya @gmail.com).",
        "The e-mail address is incomplete: the domain is missing (e.g. @gmail.com).",
    ),
    "email.invalid": ("Alamat e-mail tidak sah.", "This is not a valid e-mail address."),
    "form.title_required": (
        "Isi judul bahan pustaka yang diminta.",
        "Enter the title of the requested material.",
    ),
    "form.too_long": (
        "Terlalu panjang (paling banyak {limit} karakter).",
        "Too long (at most {limit} characters).",
    ),
    "form.no_option": (
        "Pilih minimal satu opsi, atau catat bahwa pemustaka menolak semua opsi.",
        "Choose at least one option, or record that the patron declined all options.",
    ),
    "form.declined_and_options": (
        "Pemustaka menolak semua opsi, tetapi ada opsi yang dicentang.",
        "The patron declined all options, yet some options are ticked.",
    ),
    "form.date_required": ("Isi tanggal janji jawaban.", "Enter the promised answer date."),
    "form.date_past": (
        "Tanggal janji tidak boleh di masa lalu.",
        "The promised date cannot be in the past.",
    ),
    "form.name_required": ("Isi nama pemustaka.", "Enter the patron's name."),
    "form.channel_required": (
        "Pilih cara menghubungi yang diinginkan.",
        "Choose the preferred way to contact.",
    ),
    "desk.follow_up_missing": (
        "Janji tindak lanjut belum dicatat: isi pokoknya, tanggal, dan kontak (dengan "
        "persetujuan) lalu tekan Ctrl+Enter.",
        "The follow-up promise is not recorded yet: fill in what it is about, the date and "
        "the contact details (with consent), then press Ctrl+Enter.",
    ),
    "desk.next_step_missing": (
        "Pemustaka belum tahu langkah berikutnya: isi daftar opsi (pilih minimal satu opsi, "
        "atau catat bahwa pemustaka menolak semua opsi).",
        "The patron does not know the next step yet: fill in the options checklist (choose "
        "at least one option, or record that the patron declined all options).",
    ),
    "status.not_allowed": (
        "Status tidak dapat diubah dari '{old}' ke '{new}'.",
        "The status cannot change from '{old}' to '{new}'.",
    ),
    "status.reason_required": (
        "Tuliskan alasannya: riwayat harus mencatat mengapa janji ini ditutup atau dibuka lagi.",
        "Write the reason: the history must say why this promise is closed or reopened.",
    ),
    "followup.no_contact": (
        "Tindak lanjut ini tidak punya data kontak (tanpa persetujuan, atau sudah dihapus).",
        "This follow-up has no contact details (no consent, or already erased).",
    ),
    "demo.real_data": (
        "Basis data ini berisi data sungguhan; data demo hanya boleh ditulis ke basis data "
        "baru atau basis data demo.",
        "This database holds real records; demo data may only be written to a new database "
        "or a demo database.",
    ),
    # --- roles, privacy, data safety -----------------------------------------------------
    "pin.format": (
        "PIN harus paling sedikit 6 angka, atau frasa sandi paling sedikit 8 karakter.",
        "A PIN must be at least 6 digits, or a passphrase of at least 8 characters.",
    ),
    "pin.choose_new": (
        "PIN ini dibuat sebelum aturan baru (paling sedikit 6 angka). Buat PIN baru sekarang.",
        "This PIN was made before the new rule (at least 6 digits). Choose a new one now.",
    ),
    "pin.missing": (
        "PIN peran ini hilang dari basis data, padahal pernah dibuat. Penyelia dapat "
        "membuat PIN baru dengan kode pemulihannya.",
        "This role's PIN is missing from the database, though one was set. The supervisor "
        "can set a new one with the recovery code.",
    ),
    "pin.record_changed": (
        "PIN peran ini diubah di luar aplikasi, jadi tidak dipakai. Penyelia dapat membuat "
        "PIN baru dengan kode pemulihannya.",
        "This role's PIN was changed outside the application, so it is not used. The "
        "supervisor can set a new one with the recovery code.",
    ),
    "pin.wrong": (
        "PIN salah. Sisa percobaan: {remaining}.",
        "Wrong PIN. Tries left: {remaining}.",
    ),
    "pin.locked": (
        "Terlalu banyak PIN salah: peran ini dikunci selama {minutes} menit.",
        "Too many wrong PINs: this role is locked for {minutes} minutes.",
    ),
    "shift.desk_not_listed": (
        "Pilih meja dari daftar meja perpustakaan (penyelia mengaturnya di menu Privasi & "
        "data → Daftar meja perpustakaan…).",
        "Pick the desk from the library's list of desks (the supervisor keeps it under "
        "Privacy & data → Desks of the library…).",
    ),
    "pin.not_set": (
        "PIN untuk peran ini belum dibuat. Penyelia dapat membuatnya.",
        "No PIN has been set for this role yet. The supervisor can set it.",
    ),
    "role.required": (
        "Tindakan ini memerlukan peran '{role}'. Masukkan PIN-nya lewat menu Peran.",
        "This needs the '{role}' role. Enter its PIN from the Role menu.",
    ),
    "backup.source_damaged": (
        "Cadangan dibatalkan: basis data saat ini rusak ({detail}). Cadangan lama tetap disimpan.",
        "Backup refused: the current database is damaged ({detail}). Older backups are kept.",
    ),
    "backup.failed": (
        "Cadangan gagal: {detail}. Cadangan lama tetap disimpan.",
        "The backup failed: {detail}. Older backups are kept.",
    ),
    "backup.bad_file": (
        "Berkas '{path}' bukan cadangan Desk Assistant yang baik ({detail}); tidak dipulihkan.",
        "'{path}' is not a good Desk Assistant backup ({detail}); nothing was restored.",
    ),
    "backup.none": (
        "Tidak ada cadangan yang baik di {folder}.",
        "There is no good backup in {folder}.",
    ),
    "backup.suspect": (
        "Cadangan disimpan sebagai {file}, tetapi basis data kini memuat lebih sedikit "
        "interaksi (nomor terakhir {now}) daripada cadangan baik terakhir ({before}). "
        "Cadangan ini ditandai 'suspect' dan tidak menghapus cadangan lama mana pun. "
        "Periksa basis datanya sebelum memulihkan apa pun.",
        "The backup was saved as {file}, but the database now holds fewer interactions "
        "(last number {now}) than the last good backup ({before}). It is marked 'suspect' "
        "and removed no older backup. Check the database before restoring anything.",
    ),
    "backup.other_database": (
        "'{path}' adalah cadangan basis data lain ('{name}', dibuat {created}); tidak "
        "dipulihkan. Tambahkan --other-database bila memang itu yang dimaksud.",
        "'{path}' is a backup of another database ('{name}', made on {created}); nothing "
        "was restored. Add --other-database if that is what you mean.",
    ),
    "backup.unknown_owner": (
        "'{path}' dibuat oleh versi lama dan tidak menyebut basis data asalnya; tidak "
        "dipulihkan. Tambahkan --other-database bila Anda yakin itu cadangan yang benar.",
        "'{path}' was made by an older version and does not say which database it belongs "
        "to; nothing was restored. Add --other-database if you are sure it is the right one.",
    ),
    "restore.failed": (
        "Pemulihan gagal: {reason}. Basis data tetap seperti sebelumnya.",
        "The restore failed: {reason}. The database is as it was.",
    ),
    "restore.finished_after_stop": (
        "Pemulihan dari {backup} yang terhenti tadi sudah diselesaikan.",
        "The restore from {backup}, which was interrupted, has been finished.",
    ),
    "restore.undone_after_stop": (
        "Pemulihan dari {backup} terhenti sebelum selesai dan sudah dibatalkan; basis data "
        "tetap seperti sebelumnya.",
        "The restore from {backup} stopped before it finished and was undone; the database "
        "is as it was.",
    ),
    "backup.damaged_running": (
        "Jangan menutup aplikasi dengan paksa. Simpan pekerjaan, tutup aplikasi, lalu buka "
        "kembali untuk memulihkan cadangan terbaru; berkas yang rusak akan disimpan terpisah.",
        "Do not force the application closed. Finish what you are doing, close it, and start "
        "it again to restore the newest backup; the damaged file will be kept aside.",
    ),
    # --- the command line's reports (numbers as digits: scheduled tasks log them) --------
    "cli.validated": (
        "{file}: OK — {pack} v{version}, {steps} langkah",
        "{file}: OK — {pack} v{version}, {steps} steps",
    ),
    "cli.imported": ("{file}: {pack} v{version} diimpor", "{file}: imported {pack} v{version}"),
    "cli.no_pack": ("Tidak ada paket dengan id '{pack}'.", "There is no pack with id '{pack}'."),
    "cli.negative": (
        "--interactions dan --followups tidak boleh negatif.",
        "--interactions and --followups must not be negative.",
    ),
    "cli.demo_done": (
        "{path}: {interactions} interaksi selama {days} hari, {followups} tindak lanjut "
        "({seconds} detik)",
        "{path}: {interactions} interactions over {days} days, {followups} follow-ups "
        "({seconds} s)",
    ),
    "cli.restored": ("{path}: dipulihkan dari {file}", "{path}: restored from {file}"),
    "cli.kept_aside": (
        "; basis data sebelumnya disimpan sebagai {aside}",
        "; the previous database is kept as {aside}",
    ),
    "cli.audit_intact": (
        "Log audit utuh: {rows} entri diperiksa.",
        "The audit log is intact: {rows} entries checked.",
    ),
    "cli.audit_broken": (
        "Log audit diubah di luar aplikasi: rantainya putus pada entri {row}.",
        "The audit log was changed outside the application: its chain breaks at entry {row}.",
    ),
    "cli.audit_unprotected": (
        "Perlindungan log audit (pemicu basis data) telah dihapus di luar aplikasi.",
        "The audit log's protection (database triggers) was removed outside the application.",
    ),
    "cli.pin_prompt": ("PIN {role}: ", "The {role} PIN: "),
    "cli.pin_needed": (
        "Perintah ini memerlukan PIN {role}: berikan --pin-file, atau jalankan di terminal "
        "agar PIN ditanyakan.",
        "This command needs the {role} PIN: give --pin-file, or run it in a terminal to be "
        "asked for it.",
    ),
    "cli.pin_file_open": (
        "Berkas PIN '{path}' dapat dibaca orang lain; tidak dipakai. Batasi izinnya hanya "
        "untuk pemiliknya (misalnya chmod 600).",
        "The PIN file '{path}' can be read by others, so it is not used. Make it readable "
        "by its owner only (e.g. chmod 600).",
    ),
    "cli.pin_file_unreadable": (
        "Berkas PIN '{path}' tidak dapat dibaca: {reason}.",
        "The PIN file '{path}' cannot be read: {reason}.",
    ),
    "cli.reapplied": (
        "; {reapplied} penghapusan kontak sesudah cadangan itu diterapkan lagi, {purged} "
        "kontak yang masa simpannya habis dihapus",
        "; {reapplied} erasures made after that backup applied again, {purged} contacts "
        "past their retention erased",
    ),
    "cli.purged": (
        "{path}: data kontak dihapus dari {cleared} tindak lanjut (ditutup lebih dari {days} "
        "hari lalu)",
        "{path}: contact details cleared from {cleared} follow-ups (closed more than {days} "
        "days ago)",
    ),
    "cli.backed_up": ("{path}: dicadangkan ke {written}", "{path}: backed up to {written}"),
    "cli.exported": ("{output}: {count} baris", "{output}: {count} rows"),
    "export.cannot_write": (
        "Ekspor tidak dapat ditulis ke '{path}': {reason}. Tidak ada berkas yang dibuat.",
        "The export cannot be written to '{path}': {reason}. No file was made.",
    ),
    "file.cannot_write": (
        "'{path}' tidak dapat ditulis: {reason}. Berkas yang sudah ada di sana tidak berubah.",
        "'{path}' cannot be written: {reason}. Whatever was there is unchanged.",
    ),
    "file.refused": (
        "'{path}' tidak ditulis: {reason}. Tidak ada yang diubah.",
        "'{path}' was not written: {reason}. Nothing was changed.",
    ),
    "file.is_device": ("itu sebuah perangkat, bukan berkas", "it is a device, not a file"),
    "file.is_database": ("itu berkas basis data", "it is a database file"),
    "export.no_folder": ("foldernya tidak ada", "the folder does not exist"),
    "export.no_permission": (
        "tidak ada izin menulis di sana",
        "there is no permission to write there",
    ),
    "export.disk_full": ("disk penuh", "the disk is full"),
    "export.read_only": ("media hanya-baca", "the drive is read-only"),
    "export.is_folder": ("itu sebuah folder", "it is a folder"),
    "export.sheet_too_long": (
        "Daftar telepon ini akan memuat {count} tindak lanjut; paling banyak {limit} untuk "
        "PDF. Persempit saringannya (misalnya hanya yang terlambat), atau ekspor ke XLSX "
        "atau CSV.",
        "This call sheet would hold {count} follow-ups; a PDF takes at most {limit}. Narrow "
        "the filter (overdue only, say), or export to XLSX or CSV.",
    ),
    "export.period_reversed": (
        "Tanggal 'sejak' ({since}) jatuh sesudah tanggal 'sampai' ({until}).",
        "The 'since' date ({since}) is after the 'until' date ({until}).",
    ),
    "db.not_found": (
        "Basis data '{path}' tidak ada. Periksa --db (atau DESK_ASSISTANT_DB); aplikasi "
        "membuat basis data baru hanya saat dibuka di layar.",
        "There is no database at '{path}'. Check --db (or DESK_ASSISTANT_DB); a new "
        "database is made only when the application is opened on screen.",
    ),
    "text.invalid": (
        "Teks ini memuat karakter yang rusak (mungkin dari salinan yang terpotong); ketik ulang.",
        "This text holds a broken character (perhaps from a cut-off paste); type it again.",
    ),
    "privacy.nothing_found": (
        "Tidak ditemukan data untuk pencarian itu.",
        "Nothing is held for that search.",
    ),
    # --- generic ------------------------------------------------------------------------
    "error.unexpected": (
        "Terjadi kesalahan tak terduga. Tidak ada data yang hilang; rinciannya dicatat "
        "di berkas log.",
        "Something went wrong. Nothing was lost; the details are in the log file.",
    ),
}


_DAYS = {
    "id": ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}
_MONTHS = {
    "id": (
        "Januari",
        "Februari",
        "Maret",
        "April",
        "Mei",
        "Juni",
        "Juli",
        "Agustus",
        "September",
        "Oktober",
        "November",
        "Desember",
    ),
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
}


def format_date(day: date, lang: Lang | str = DEFAULT_LANG, weekday: bool = True) -> str:
    """``Kamis, 26 November 2026`` / ``Thursday, 26 November 2026``."""
    code = "id" if Lang(lang) is Lang.ID else "en"
    text = f"{day.day} {_MONTHS[code][day.month - 1]} {day.year}"
    return f"{_DAYS[code][day.weekday()]}, {text}" if weekday else text


def format_number(value: float, lang: Lang | str = DEFAULT_LANG, decimals: int = 0) -> str:
    """``12.345`` and ``92,5`` in Indonesian; ``12,345`` and ``92.5`` in English."""
    text = f"{value:,.{decimals}f}"
    if Lang(lang) is Lang.ID:
        text = text.replace(",", "\0").replace(".", ",").replace("\0", ".")
    return text


def format_percent(share: float | None, lang: Lang | str = DEFAULT_LANG) -> str:
    """A share 0…1 as ``92,5 %`` / ``92.5 %``; ``—`` when there is nothing to divide."""
    return "—" if share is None else f"{format_number(share * 100, lang, 1)} %"


@dataclass(frozen=True)
class Message:
    """A translatable message: a catalog key and the values for its placeholders."""

    key: str
    params: dict[str, Any] = field(default_factory=dict)

    def render(self, lang: Lang | str = DEFAULT_LANG) -> str:
        return translate(self.key, lang, **self.params)


def translate(key: str, lang: Lang | str = DEFAULT_LANG, /, **params: Any) -> str:
    """Return the message ``key`` in ``lang`` with its placeholders filled."""
    texts = CATALOG[key]
    text = texts[0] if Lang(lang) is Lang.ID else texts[1]
    rendered = {
        name: value.render(lang) if isinstance(value, Message) else value
        for name, value in params.items()
    }
    return text.format(**rendered)


# --- compiled catalogs ------------------------------------------------------------------


@dataclass(frozen=True)
class Catalog:
    """A compiled translation catalog: {context: {source text: translation}}."""

    language: str
    contexts: dict[str, dict[str, str]]


@cache
def load_catalog(lang: str) -> Catalog | None:
    """The catalog of ``lang`` compiled when the package was built (``tools/catalogs.py``),
    or None when this installation has none (a bad catalog is logged, never raised)."""
    name = f"resources/translations/desk_assistant_{lang}.catalog.json"
    try:
        data = json.loads(resources.files("desk_assistant").joinpath(name).read_text("utf-8"))
        contexts = {
            str(context): {str(k): str(v) for k, v in messages.items()}
            for context, messages in data["contexts"].items()
        }
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, AttributeError, TypeError) as exc:
        log.warning("The %s catalog cannot be read: %s", lang, exc)
        return None
    return Catalog(str(data.get("language") or lang), contexts)
