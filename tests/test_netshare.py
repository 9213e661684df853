"""Network share detection: the longest mount in /proc/mounts decides on Linux; UNC paths and remote drives on Windows."""

from desktop.store.netshare import mount_of, network_share

MOUNTS = r"""proc /proc proc rw,relatime 0 0
/dev/sda2 / ext4 rw,relatime 0 0
/dev/sda3 /home ext4 rw,relatime 0 0
//fileserver/政策 /home/li/共享\040盘 cifs rw,relatime,vers=3.0 0 0
nas:/export/docs /mnt/nas nfs4 rw,relatime 0 0
li@server:/srv /home/li/remote fuse.sshfs rw,nosuid,nodev 0 0
/dev/sdb1 /mnt/nas/usb ext4 rw 0 0
tmpfs /tmp tmpfs rw 0 0
"""


def test_linux_takes_the_file_system_of_the_longest_mount_point_containing_the_store():
    assert network_share("/home/li/共享 盘/政策台账", MOUNTS, "linux") == "cifs"
    assert network_share("/mnt/nas/台账", MOUNTS, "linux") == "nfs4"
    assert network_share("/home/li/remote/data", MOUNTS, "linux") == "fuse.sshfs"
    assert network_share("/home/li/.local/share/PolicyDesk", MOUNTS, "linux") is None
    assert network_share("/mnt/nas/usb/PolicyDesk", MOUNTS, "linux") is None     # a local disk mounted inside a share
    assert network_share("/mnt/nasty", MOUNTS, "linux") is None                    # a prefix of the name is not a mount
    assert mount_of("/home/li/共享 盘", MOUNTS) == ("/home/li/共享 盘", "cifs")


def test_this_machines_temporary_folder_is_local(tmp_path):
    assert network_share(tmp_path) is None


def test_windows_unc_paths_and_remote_drive_letters_are_network_shares():
    remote = {"Z:\\": 4, "C:\\": 3}
    probe = remote.__getitem__
    assert network_share(r"\\fileserver\政策\PolicyDesk", platform="win32", drive_type=probe) == "UNC"
    assert network_share("//fileserver/share/PolicyDesk", platform="win32", drive_type=probe) == "UNC"
    assert network_share(r"Z:\台账", platform="win32", drive_type=probe) == "网络驱动器 Z:"
    assert network_share(r"c:\Users\li\AppData\Local\PolicyDesk", platform="win32", drive_type=probe) is None
